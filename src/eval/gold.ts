// Gold labels as ../shared/gold keeps them: one JSON object a line, {"text", "label"} or
// {"start", "end", "label"} with offsets into the article.
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readError } from '../input/open.js';
import { LABELS } from '../types.js';
import type { GoldLabel, GoldRow } from './score.js';

const GOLD_LABELS: readonly string[] = [...LABELS, 'heading'];
const ALIASES: Record<string, string> = {
  'supporter view': 'supporter',
  'critic view': 'critic',
  supporter_view: 'supporter',
  critic_view: 'critic',
};

function goldLabel(value: unknown, where: string): GoldLabel {
  const raw = typeof value === 'string' ? value.toLowerCase() : '';
  const label = ALIASES[raw] ?? raw;
  if (!GOLD_LABELS.includes(label)) {
    throw new InputError(`${where}: label must be one of ${GOLD_LABELS.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return label as GoldLabel;
}

/** Parse gold rows; offsets are resolved against `article`. Throws InputError naming file:line. */
export function parseGold(file: string, content: string, article: string): GoldRow[] {
  const rows: GoldRow[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${where}: not a JSON object`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where}: not a JSON object`);
    const row = value as Record<string, unknown>;
    const label = goldLabel(row.label, where);
    if (typeof row.text === 'string') rows.push({ text: row.text, label });
    else if (typeof row.start === 'number' && typeof row.end === 'number') {
      rows.push({ text: article.slice(row.start, row.end), label });
    } else throw new InputError(`${where}: needs "text", or "start" and "end"`);
  });
  if (rows.length === 0) throw new InputError(`${file}: no gold labels`);
  return rows;
}

/** Read and parse a gold file. */
export async function readGold(file: string, article: string): Promise<GoldRow[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (err) {
    throw readError(file, err);
  }
  return parseGold(file, content, article);
}
