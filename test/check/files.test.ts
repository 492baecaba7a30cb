import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectTargets } from '../../src/check/files.js';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'evenhand-files-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'Text.');
  }
  return root;
}

const names = async (query: Parameters<typeof collectTargets>[0]): Promise<string[]> =>
  (await collectTargets(query)).map((t) => t.file);

describe('collectTargets', () => {
  const root = tree(['a.txt', 'b.md', 'c.html', 'd.htm', 'e.markdown', 'notes.json', 'sub/f.md', 'drafts/g.txt', 'node_modules/x/h.md', 'data/n.json']);

  it('reads a directory for article extensions only, sorted, skipping node_modules', async () => {
    expect(await names({ args: ['.'], cwd: root, base: root })).toEqual(
      ['a.txt', 'b.md', 'c.html', 'd.htm', 'drafts/g.txt', 'e.markdown', 'sub/f.md'],
    );
  });

  it('expands globs, drops ignored files and duplicates, keeps "-" and named files', async () => {
    const files = await names({ args: ['**/*.md', 'b.md', 'notes.json', '-'], cwd: root, base: root, ignore: ['sub/**'] });
    expect(files).toEqual(['b.md', 'notes.json', '-']);
  });

  it('falls back to the config\'s files, relative to the config folder', async () => {
    const sub = join(root, 'sub');
    expect(await names({ args: [], cwd: sub, base: root, files: ['*.txt', 'drafts/*'], ignore: ['drafts/**'] })).toEqual(['../a.txt']);
  });

  it('fails on a pattern or directory that finds nothing, and on no paths at all', async () => {
    await expect(collectTargets({ args: ['*.pdf'], cwd: root, base: root })).rejects.toThrow('*.pdf: no article matches this pattern');
    await expect(collectTargets({ args: ['data'], cwd: root, base: root })).rejects.toThrow(/no \.txt, \.md or \.html article/);
    await expect(collectTargets({ args: [], cwd: root, base: root })).rejects.toMatchObject({ name: 'UsageError', exitCode: 2 });
  });
});
