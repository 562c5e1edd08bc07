import { defineConfig } from "vitest/config";

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources, so tests run without a build.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: { testTimeout: 30_000, include: ["src/**/*.test.ts", "test/**/*.test.ts", "data/**/*.test.ts"] },
});
