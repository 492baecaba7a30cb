import { formatRegistry } from '../../format-registry.js';
import type { Reporter } from './format.js';

const reporters = formatRegistry<Reporter>({
  stylish: { description: 'one block per failing file, for people (default)', load: () => import('./stylish.js') },
  json: { description: 'one JSON object for scripts', load: () => import('./json.js') },
  github: { description: 'GitHub Actions annotations, plus a table in $GITHUB_STEP_SUMMARY', load: () => import('./github.js') },
  markdown: { description: 'a Markdown table to post as a PR comment', load: () => import('./markdown.js') },
  junit: { description: 'JUnit XML for GitLab, Jenkins and Azure', load: () => import('./junit.js') },
});

export const reporterNames: readonly string[] = reporters.names;

/** One line per format, for `check --help`. */
export function describeReporters(): string {
  return reporters.describe((name, description) => `  ${name.padEnd(10)}${description}`, '\n');
}

/** The reporter called `name`; an unknown name is a UsageError listing the valid ones. */
export async function loadReporter(name: string): Promise<Reporter> {
  return reporters.load(name);
}
