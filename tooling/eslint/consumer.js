// For the packages that only render the dataset (the web site, the terminal UI): records are found through core's
// lookup (one index a dataset, see @briefings/core's `lookup`, `getMeeting`, `getPerson`, …), never by scanning an
// array for an id.
import { RESTRICTED_SYNTAX } from "./base.js";

/** A callback that compares an element's `id` with `===` (as in `.find((m) => m.id === id)`). */
const BY_ID = "> ArrowFunctionExpression > BinaryExpression[operator='==='] > MemberExpression.left[object.type='Identifier'][property.name='id']";

/** @type {import("eslint").Linter.Config[]} */
export default [
  {
    rules: {
      "no-restricted-syntax": [
        "error",
        ...RESTRICTED_SYNTAX,
        // Replaces base's dataset-array rule (DATASET_SEARCH) with a wider one: a consumer searches no array by id.
        ...["find", "findIndex", "findLast", "some", "filter"].map((method) => ({
          selector: `CallExpression[callee.property.name='${method}'] ${BY_ID}`,
          message: `Do not search an array by id (.${method}(x => x.id === …)): use core's lookup (getMeeting, getPerson, getOrganization, getSource, lookup(dataset)).`,
        })),
      ],
    },
  },
];
