// Shared flat config: typed TypeScript rules for every package.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Syntax no package may use (extended, not replaced, by configs that add their own: see consumer.js). */
export const RESTRICTED_SYNTAX = [
  {
    selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]",
    message: "Focused or skipped tests hide failures.",
  },
];

/** @type {import("typescript-eslint").ConfigArray} */
export default tseslint.config(
  { ignores: ["**/dist/**", "**/.next/**", "**/out/**", "**/node_modules/**", "**/*.generated.ts", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX],
      "no-control-regex": "off",
    },
  },
);
