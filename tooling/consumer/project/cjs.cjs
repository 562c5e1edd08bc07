// A user's CommonJS script: require() of the ES-module-only packages (Node >= 20.19 loads them without a flag).
const core = require("@briefings/core");
const { Dataset } = require("@briefings/core/schemas");
const { validateDataset } = require("@briefings/core/validate");
const { FORMATS, csvLines, TABLES } = require("@briefings/export");

const meetings = TABLES.find((t) => t.name === "meetings");
if (!meetings) throw new Error("no meetings table");
console.log(
  JSON.stringify({
    library: core.LIBRARY_VERSION,
    data: core.dataset.version,
    meetings: core.dataset.meetings.length,
    inYear: core.meetingsInYear(core.dataset, Number(core.dataset.meetings[0].dates.value.start.slice(0, 4))).length > 0,
    schema: Dataset.safeParse(core.dataset).success,
    valid: validateDataset(core.dataset).ok,
    formats: FORMATS,
    csvRows: [...csvLines(meetings, core.dataset)].length,
  }),
);
