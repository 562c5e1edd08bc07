import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources; the commands run from their built dist
  // (turbo builds every dependency before this package's tests).
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Pathological inputs: a linear run takes seconds; a catastrophic one never finishes. Generous.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
