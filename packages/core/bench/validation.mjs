// Child process of run.mjs: whole-dataset validation of one dataset file, in-process, against baselines.
// usage: node --expose-gc bench/validation.mjs FILE REPS SLOW_REPS; prints one JSON line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Dataset } from "@briefings/core/schemas";
import { validateDataset } from "@briefings/core/validate";
import * as z from "zod";
import { stats } from "./lib.mjs";

const [file, repsText, slowText] = process.argv.slice(2);
const reps = Number(repsText);
const slowReps = Number(slowText);
const gc = globalThis.gc ?? (() => {});
const text = readFileSync(file, "utf8");

function time(n, fn) {
  const samples = [];
  let result;
  for (let i = 0; i < n; i++) {
    gc();
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  return { stats: stats(samples), result };
}

// ajv is a devDependency of @briefings/synthetic (core's own dependencies stay as they are).
const fromSynthetic = createRequire(new URL("../../synthetic/package.json", import.meta.url));
const load = async (id) => (await import(pathToFileURL(fromSynthetic.resolve(id)).href)).default;
const Ajv2020 = await load("ajv/dist/2020.js");
const addFormats = await load("ajv-formats");

const parse = time(reps, () => JSON.parse(text));
const data = parse.result;
const entities = ["sources", "corrections", "organizations", "people", "roles", "meetings", "participations", "statements", "quotes", "figures"].reduce((n, k) => n + data[k].length, 0);

const zod = time(reps, () => Dataset.safeParse(data));
if (!zod.result.success) throw new Error(`zod rejects the synthetic dataset: ${zod.result.error.issues[0]?.message}`);

const schemaStart = performance.now();
const jsonSchema = z.toJSONSchema(Dataset, { io: "output" });
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(jsonSchema);
const compileMs = performance.now() - schemaStart;
const ajvRun = time(reps, () => validate(data));
const ajvErrors = ajvRun.result ? [] : (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath} ${e.message}`);

const full = time(slowReps, () => validateDataset(data));
if (!full.result.ok) throw new Error(`validateDataset rejects the synthetic dataset: ${full.result.problems[0]?.message}`);

console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    entities,
    jsonParse: parse.stats,
    zod: zod.stats,
    ajv: ajvRun.stats,
    ajvValid: ajvRun.result,
    ajvErrors,
    ajvCompileMs: compileMs,
    validateDataset: full.stats,
  }),
);
