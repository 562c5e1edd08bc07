import base, { RESTRICTED_SYNTAX } from "@briefings/eslint-config";

export default [
  ...base,
  // Pending (issue 14): the tests and the evaluation still find dataset and draft records by id with `.find`; their
  // owners change those files this session, so the rule against it (on for src/) is off here until they move to
  // core's lookup.
  { files: ["test/**", "eval/**"], rules: { "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX] } },
];
