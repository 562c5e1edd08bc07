import { defineConfig } from "vitest/config";

export default defineConfig({
  // One scratch project per run: the files share it, in order. npm and tsc are slow on a loaded machine.
  test: { include: ["test/**/*.test.ts"], fileParallelism: false, testTimeout: 300_000, hookTimeout: 1_200_000 },
});
