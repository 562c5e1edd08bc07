// The shared lint config is plain JavaScript (ESLint reads it as is): its shape for the lint-rule test.
declare module "@briefings/eslint-config" {
  import type { Linter } from "eslint";
  const config: Linter.Config[];
  export default config;
  export const RESTRICTED_SYNTAX: { selector: string; message: string }[];
  export const DATASET_SEARCH: { selector: string; message: string }[];
}
