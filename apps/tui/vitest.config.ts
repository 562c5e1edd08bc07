import { defineConfig } from "vitest/config";

export default defineConfig({
  // Resolve workspace packages to their TypeScript sources, so tests run without a build of core.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "build/**/*.test.ts", "test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 240_000,
    hookTimeout: 30000,
    // Ink writes no colour codes into test frames, so any escape sequence in a frame is a leak.
    env: { FORCE_COLOR: "0" },
  },
});
