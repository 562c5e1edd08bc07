// Shared flat config: typed TypeScript rules for every package.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Syntax no package may use (extended, not replaced, by configs that add their own: see consumer.js). */
export const RESTRICTED_SYNTAX = [
  {
    // skipIf/runIf too: a test that skips itself where its fixture is missing passes everywhere else unseen.
    selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip|skipIf|runIf|todo)$/]",
    message: "Focused or skipped tests hide failures.",
  },
];

/** The dataset's collections (core's COLLECTIONS). */
const COLLECTIONS = ["sources", "corrections", "organizations", "people", "roles", "meetings", "participations", "statements", "quotes", "figures"];

/**
 * No search of a dataset array by id outside core (issue 14): `dataset.meetings.find((m) => m.id === id)` scans
 * where core's lookup has an index (`getMeeting`, `getPerson`, `getOrganization`, `getSource`, `lookup(dataset)`).
 * A dataset array is a collection read from an object (`x.meetings`, `data.sources`); the callback compares its
 * element's `id`. Core itself (which owns the lookups) turns this off.
 */
export const DATASET_SEARCH = ["find", "findIndex", "findLast", "findLastIndex", "some", "filter", "every"].map((method) => {
  const call = `CallExpression[callee.property.name='${method}'][callee.object.type='MemberExpression'][callee.object.property.name=/^(${COLLECTIONS.join("|")})$/]`;
  const compare = "BinaryExpression[operator=/^==?=$/] > MemberExpression.left[object.type='Identifier'][property.name='id']";
  return {
    // The comparison as the callback's body, or as one operand of an `&&`/`||` there.
    selector: `${call} > ArrowFunctionExpression > ${compare}, ${call} > ArrowFunctionExpression > LogicalExpression > ${compare}`,
    message: `Do not search a dataset array by id (.${method}(x => x.id === …)): use core's lookup (getMeeting, getPerson, getOrganization, getSource, lookup(dataset); indexById(records) for a list that is not a dataset's).`,
  };
});

/** @type {import("typescript-eslint").ConfigArray} */
export default tseslint.config(
  // Stryker's sandboxes (.stryker-tmp) and reports are copies and output, not sources: `pnpm lint` during a mutation run must not read them.
  { ignores: ["**/dist/**", "**/.next/**", "**/out/**", "**/node_modules/**", "**/*.generated.ts", "**/next-env.d.ts", "**/.stryker-tmp/**", "**/reports/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX, ...DATASET_SEARCH],
      "no-control-regex": "off",
    },
  },
);
