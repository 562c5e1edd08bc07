import { defineConfig } from "vitest/config";

// The measurement of the reading views (bench/views.measure.tsx): not part of the tests. Core resolved to its
// TypeScript sources, JSX compiled as in the unit tests; one long-running file.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  oxc: { jsx: { runtime: "automatic" } },
  test: { include: ["bench/**/*.measure.tsx"], testTimeout: 1_800_000 },
});
