import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline.js';
import ndjson from '../../src/render/ndjson.js';
import { mergeSummaries } from '../../src/summarize/summary.js';
import { runCli, SEED } from '../helpers/cli.js';

describe('ndjson formatter', () => {
  it('renders a finished report as the same lines the streaming run writes', () => {
    const article = analyzeArticle(SEED, readFileSync(SEED, 'utf8'));
    const rendered = ndjson.render(
      { schemaVersion: 1, articles: [article, article], summary: mergeSummaries([article.summary, article.summary]) },
      { color: false, sentences: false, explain: false, width: 80 },
    );
    const streamed = runCli(['analyze', SEED, SEED, '--format', 'ndjson']).stdout;
    expect(rendered).toBe(streamed);
    expect(rendered.split('\n').filter((l) => l.startsWith('{"type":"article"'))).toHaveLength(2);
  });
});
