import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A stray .only would shrink `npm test` silently.
    allowOnly: false,
    projects: [
      {
        // Most take well under a second alone; `npm test` runs them beside the
        // build, on two shared cores, where Vitest's 5 s would fail the slow ones now and then.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Whole builds of generated content: slower, so they run on their own.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // A cold build of the whole tests' archive with its PDFs takes
          // 2–3 minutes alone, and `npm test` runs the browser tests beside it.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The finished build (dist/, or OUT_DIR): `npm test` runs these after
        // `npm run build`, with --project dist. Side by side: they only read
        // the build, but for determinism.test.ts, which builds twice into
        // .tmp/ with a cache of its own, and the others fit in its time.
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
