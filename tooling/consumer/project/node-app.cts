// A CommonJS module in TypeScript under "nodenext": require() of the ES-module-only packages (TypeScript >= 5.8).
import core = require("@briefings/core");
import schemas = require("@briefings/core/schemas");
import exporter = require("@briefings/export");

const count: number = core.dataset.meetings.length;
const library: string = core.LIBRARY_VERSION;
const ok: boolean = schemas.Dataset.safeParse(core.dataset).success;
const formats: readonly string[] = exporter.FORMATS;
export = { count, formats, library, ok };
