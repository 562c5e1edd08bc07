// Mutation testing of core's validation rules, text functions and queries (the search engine: see bench/MUTATION.md)
// (`pnpm mutation` at the root runs it, then writes bench/MUTATION.md). The options every package shares are in
// @briefings/testing/stryker.
import { strykerConfig } from "@briefings/testing/stryker";

export default strykerConfig({
  // The shared walk (context.ts, display-fields.ts) holds what display-text-clean and the evidence rules check.
  mutate: ["src/validate/rules/**/*.ts", "src/validate/context.ts", "src/validate/display-fields.ts", "src/text/**/*.ts", "src/queries/**/*.ts"],
});
