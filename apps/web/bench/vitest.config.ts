import { defineConfig } from "vitest/config";

// The benchmarks of the reading views: core resolved to its TypeScript sources, JSX compiled as in the unit tests.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  oxc: { jsx: { runtime: "automatic" } },
  test: { benchmark: { include: ["bench/**/*.bench.tsx"] } },
});
