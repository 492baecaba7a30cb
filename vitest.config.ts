import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tests call analyzeArticle on Markdown and HTML directly, as the library does
    setupFiles: ['test/helpers/parsers.ts'],
    // CLI tests spawn the built binary and load the model: give them room on a 2-core CI machine
    testTimeout: 30_000,
  },
});
