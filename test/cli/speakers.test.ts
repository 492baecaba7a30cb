import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers/cli.js';

// A council closes a library; Joan Pike speaks against it twice, and the council answers.
const ARTICLE = [
  'Council closes library',
  '',
  'The council closed the Elm Street library on Monday. Joan Pike, who chairs the Friends of Elm Street Library, said the closure was a terrible mistake. "It will hurt families," Pike said. The council said the building needed repairs costing 2 million pounds.',
  '',
].join('\n');

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evenhand-speakers-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface SpeakerJson {
  id: string;
  name: string;
  role: string;
  side: string | null;
  sentences: number[];
  given: boolean;
}
interface SentenceJson {
  label: string;
  speaker: string | null;
  reasons: Array<{ evidence: string }>;
}

function analyzed(args: string[]): { sentences: SentenceJson[]; speakers: SpeakerJson[]; warnings?: string[]; stderr: string } {
  const r = runCli(['analyze', ...args, '--format', 'json']);
  expect(r.status).toBe(0);
  return { ...JSON.parse(r.stdout).articles[0], stderr: r.stderr };
}

describe('the speaker register in the output', () => {
  it('lists each speaker once, with their role, side and sentences, and names the speaker of each sentence', () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const { sentences, speakers } = analyzed([join(dir, 'a.txt')]);
    const pike = speakers.find((s) => s.id === 'pike')!;
    expect(pike).toMatchObject({ name: 'Joan Pike', role: 'side', side: 'critic', sentences: [1, 2], given: false });
    expect(speakers.find((s) => s.id === 'central')).toMatchObject({ role: 'central', side: null, sentences: [3] });
    expect(sentences.map((s) => s.speaker)).toEqual([null, 'pike', 'pike', 'central']);
  });
});

describe('what the sides are measured against', () => {
  it('names what an attacking headline attacks as the subject, in the JSON and on the About line', () => {
    const article = ['Residents attack night-flight plan', '', 'Residents of Elm Vale attacked the airport\'s plan for night flights on Monday. "It will ruin our sleep," said Joan Pike.', ''].join('\n');
    const dir = folder({ 'a.txt': article });
    const json = JSON.parse(runCli(['analyze', join(dir, 'a.txt'), '--format', 'json']).stdout).articles[0];
    expect(json.central.name).toBe('night-flight plan');
    expect(runCli(['analyze', join(dir, 'a.txt')]).stdout).toMatch(/^About: night-flight plan\b/m);
    // a headline that attacks nothing is its own subject
    const plain = folder({ 'a.txt': ARTICLE });
    expect(JSON.parse(runCli(['analyze', join(plain, 'a.txt'), '--format', 'json']).stdout).articles[0].central.name).toBe('Council closes library');
  });
});

describe('--side and the config\'s "sides"', () => {
  it('gives a speaker a side: all of their views follow, and the JSON says it was given', () => {
    const dir = folder({ 'a.txt': ARTICLE });
    const { sentences, speakers } = analyzed([join(dir, 'a.txt'), '--side', 'Joan Pike=supporter']);
    expect(sentences.map((s) => s.label).slice(1, 3)).toEqual(['supporter', 'supporter']);
    expect(sentences[1]!.reasons[0]!.evidence).toBe('side-given:supporter');
    expect(speakers.find((s) => s.id === 'pike')).toMatchObject({ role: 'side', side: 'supporter', given: true });
    // a surname alone names her too; "neutral" leaves her views claims
    const neutral = analyzed([join(dir, 'a.txt'), '--side', 'Pike=neutral']);
    expect(neutral.sentences.map((s) => s.label).slice(1, 3)).toEqual(['claim', 'claim']);
    expect(neutral.speakers.find((s) => s.id === 'pike')).toMatchObject({ role: 'neutral', side: null, given: true });
  });

  it('takes sides from the config, the command line winning for the same name', () => {
    const dir = folder({ 'a.txt': ARTICLE, 'evenhand.config.json': JSON.stringify({ sides: { 'Joan Pike': 'supporter' } }) });
    const config = ['--config', join(dir, 'evenhand.config.json')];
    expect(analyzed([join(dir, 'a.txt'), ...config]).speakers.find((s) => s.id === 'pike')).toMatchObject({ side: 'supporter', given: true });
    expect(analyzed([join(dir, 'a.txt'), ...config, '--side', 'joan pike=critic']).speakers.find((s) => s.id === 'pike')).toMatchObject({ side: 'critic', given: true });
  });

  it('warns in one line, and in the JSON, when a given name is no speaker of the article', () => {
    const { warnings, stderr } = analyzed([SEED, '--side', 'Nobody Here=critic']);
    expect(warnings).toEqual([`${SEED}: the side given for "Nobody Here" names no speaker of the article`]);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/warning: .*"Nobody Here" names no speaker/);
  });

  it('refuses a side that is not one of the four, and a config side likewise, in one line with exit 2', () => {
    const bad = runCli(['analyze', SEED, '--side', 'Trump=ally']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--side.*must be NAME=supporter\|critic\|neutral\|central/);
    const dir = folder({ 'evenhand.config.json': JSON.stringify({ sides: { Trump: 'ally' } }) });
    const config = runCli(['analyze', SEED, '--config', join(dir, 'evenhand.config.json')]);
    expect(config.status).toBe(2);
    expect(config.stderr).toMatch(/sides\.Trump: must be one of supporter, critic, neutral, central/);
  });

  it('holds check to the given sides too', () => {
    const dir = folder({ 'a.txt': ARTICLE });
    // Pike is the only voice: as a critic the article has no supporter; given as a supporter, no critic
    expect(runCli(['check', join(dir, 'a.txt')]).stdout).toMatch(/no supporter voice/);
    expect(runCli(['check', join(dir, 'a.txt'), '--side', 'Joan Pike=supporter']).stdout).toMatch(/no critic voice/);
  });
});

describe('--explain', () => {
  it('shows each sentence\'s evidence and weights under --view too', () => {
    const r = runCli(['analyze', SEED, '--view', '--explain']);
    expect(r.status).toBe(0);
    // the view wraps its lines to the page: read it as running text
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/Critic view 0\.\d\d, held by critics: [^\n]*?holder-side:critic \+\d\.\d\d \(critics, argue\)/);
  });
});
