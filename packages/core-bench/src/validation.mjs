// Child process of run.mjs: whole-dataset validation of one dataset file, in process, against
// `JSON.parse` of the same bytes. Each repetition runs every step once, interleaved (parse, zod, ajv, each
// rule, then `validateDataset` as a whole), so machine load hits them alike. Times are both wall clock
// and CPU time of this process (`process.cpuUsage`), which a busy machine inflates less.
// usage: node --expose-gc src/validation.mjs FILE REPS; prints one JSON line.
import { readFileSync } from "node:fs";
import { stats } from "@briefings/bench/stats";
import { Dataset } from "@briefings/core/schemas";
import { parseDataset, RULES, validateDataset } from "@briefings/core/validate";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as z from "zod";

const [file, repsText] = process.argv.slice(2);
const reps = Number(repsText);
const gc = globalThis.gc ?? (() => {});
const text = readFileSync(file, "utf8");

/** Runs `fn` once after a collection; returns its wall and CPU milliseconds and its result. */
function measure(fn) {
  gc();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = fn();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
}

const data = JSON.parse(text);
const entities = ["sources", "corrections", "organizations", "people", "roles", "meetings", "participations", "statements", "quotes", "figures"].reduce((n, k) => n + data[k].length, 0);
const parsed = Dataset.parse(data);

const schemaStart = performance.now();
const jsonSchema = z.toJSONSchema(Dataset, { io: "output" });
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const ajvValidate = ajv.compile(jsonSchema);
const ajvCompileMs = performance.now() - schemaStart;

const steps = {
  jsonParse: () => JSON.parse(text),
  zod: () => Dataset.safeParse(data),
  // What validateDataset runs first: zod, or only its fast path when the data is already valid and canonical.
  schemas: () => parseDataset(data),
  ajv: () => ajvValidate(data),
  ...Object.fromEntries(RULES.map((rule) => [`rule:${rule.id}`, () => rule.check(parsed)])),
  validateDataset: () => validateDataset(data),
};
const samples = Object.fromEntries(Object.keys(steps).map((k) => [k, { wall: [], cpu: [] }]));
const outcome = {};
for (let r = 0; r < reps; r++) {
  for (const [name, fn] of Object.entries(steps)) {
    const m = measure(fn);
    samples[name].wall.push(m.wall);
    samples[name].cpu.push(m.cpu);
    if (r === 0) outcome[name] = m.result;
  }
}
if (outcome.schemas.data !== data) console.error("validation: the fast path did not take the dataset (not canonical?): zod ran");
if (!outcome.zod.success) throw new Error(`zod rejects the synthetic dataset: ${outcome.zod.error.issues[0]?.message}`);
if (!outcome.validateDataset.ok) throw new Error(`validateDataset rejects the synthetic dataset: ${outcome.validateDataset.problems[0]?.message}`);
for (const rule of RULES) if (outcome[`rule:${rule.id}`].length > 0) throw new Error(`rule ${rule.id} reports problems in the synthetic dataset`);

console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    entities,
    reps,
    ajvValid: outcome.ajv,
    fastPath: outcome.schemas.data === data,
    ajvErrors: outcome.ajv ? [] : (ajvValidate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`),
    ajvCompileMs,
    rules: RULES.map((rule) => rule.id),
    steps: Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, { wall: stats(s.wall), cpu: stats(s.cpu) }])),
  }),
);
