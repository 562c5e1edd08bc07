import base from "@briefings/eslint-config";

// project/ holds a user's files (CommonJS included), type-checked by the test inside the scratch project.
export default [...base, { ignores: ["project/**"] }];
