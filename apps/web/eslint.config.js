import base from "@briefings/eslint-config";
import consumer from "@briefings/eslint-config/consumer";
import react from "@briefings/eslint-config/react";

export default [...base, ...react, ...consumer, { ignores: ["bench/**", "docs/**"] }];
