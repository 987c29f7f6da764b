import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources ("source" export condition), so tests never see stale builds.
export default defineConfig({
  resolve: { conditions: ["source", "module", "node", "development|production"] },
  ssr: {
    resolve: {
      conditions: ["source", "module", "node", "development|production"],
      externalConditions: ["source"],
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/web/e2e/**/*.test.ts", "bench/src/**/*.test.ts"],
    testTimeout: 60_000,
    // Creating the first embedded database of a test process takes seconds on a busy machine.
    hookTimeout: 60_000,
  },
});
