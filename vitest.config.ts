import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tests call analyzeArticle on Markdown and HTML directly, as the library does
    setupFiles: ['test/helpers/parsers.ts'],
    // CLI tests spawn the built binary and load the model; on a 2-core CI machine that other
    // work keeps busy a test of several runs can take minutes: it waits for its runs, not a clock
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
