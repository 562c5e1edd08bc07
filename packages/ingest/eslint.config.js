import base from "@briefings/eslint-config";

export default [...base];
