import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary and load the model: give them room on a 2-core CI machine
    testTimeout: 30_000,
  },
});
