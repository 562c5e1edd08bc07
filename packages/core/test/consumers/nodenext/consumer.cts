// A CommonJS consumer under NodeNext: resolves the "require" declarations.
import core = require("@briefings/core");
import schemas = require("@briefings/core/schemas");

const count: number = core.dataset.meetings.length;
const ok: boolean = schemas.Dataset.safeParse(core.dataset).success;
export = { count, ok };
