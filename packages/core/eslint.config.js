import base, { RESTRICTED_SYNTAX } from "@briefings/eslint-config";

// Core owns the lookups: it may search its own arrays by id (the rule against it is for every other package).
export default [...base, { rules: { "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX] } }];
