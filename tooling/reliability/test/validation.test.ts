// Validation lets nothing through that it should not: oversized text, unknown keys (a typo that
// silently vanished), zero-width characters hidden in display text. Every field of the dataset is tried.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTIONS } from "@briefings/core";
import { displayTextClean, formatPath, validateDataset, type Path, type Rule } from "@briefings/core/validate";
import { beforeAll, describe, expect, it } from "vitest";
import { curated, requireBuilt, run, tempDir } from "./helpers";

beforeAll(() => requireBuilt("validate", "export", "briefings"));

// Fields that hold raw source text on purpose (damage there is the record of the damage).
const RAW = new Set(["archive", "exact", "prefix", "suffix", "before", "after"]);

/** One path per field of the dataset (the first occurrence of each, indices aside), strings or objects. */
function fieldPaths(kind: "string" | "object"): Path[] {
  const seen = new Set<string>();
  const out: Path[] = [];
  const walk = (value: unknown, path: Path) => {
    const shape = path.map((k) => (typeof k === "number" ? "[]" : k)).join(".");
    if (typeof value === "string" && kind === "string") {
      if (!seen.has(shape)) {
        seen.add(shape);
        out.push(path);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === "object") {
      if (kind === "object" && !seen.has(shape)) {
        seen.add(shape);
        out.push(path);
      }
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(curated(), []);
  return out;
}

function setAt(root: unknown, path: Path, update: (old: unknown) => unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = update(node[last]);
}

const BASE = curated();

/**
 * The problems reported at exactly `path` once `update` is applied there, by the schemas and `rules`
 * (none by default). To stay fast on a large dataset, only a copy of the record holding `path` is
 * changed and validated, alone in its collection (the schemas check records one by one; references are
 * not what is tried here).
 */
function problemsAfter(path: Path, update: (old: unknown) => unknown, rules: readonly Rule[] = []): string[] {
  const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
  let input: Record<string, unknown>;
  let at: Path;
  if (typeof path[1] === "number") {
    const [collection, index, ...rest] = path as [string, number, ...Path];
    const record = structuredClone((BASE as unknown as Record<string, unknown[]>)[collection]![index]);
    input = { ...BASE, ...empty, [collection]: [record] };
    at = [collection, 0, ...rest];
  } else {
    input = { ...BASE, ...empty };
    at = path;
  }
  if (at.length === 0) input = update(input) as Record<string, unknown>;
  else setAt(input, at, update);
  const where = formatPath(at);
  return validateDataset(input, rules).problems.filter((p) => formatPath(p.path) === where).map((p) => p.message);
}

describe("every text field has a length limit (issue 15: a 20 MB title validated)", () => {
  const strings = fieldPaths("string");

  it("covers the dataset's fields", () => {
    expect(strings.length).toBeGreaterThan(100);
  });

  it("a 2.5 million-character value is refused at its own path, in every string field", () => {
    const value = "word ".repeat(500_000);
    const accepted: string[] = [];
    for (const path of strings) if (problemsAfter(path, () => value).length === 0) accepted.push(formatPath(path));
    expect(accepted).toEqual([]);
  });

  it("the limits fit the field: a title of 2,000 characters and a name of 1,000 are refused, a statement of 2,000 is not", () => {
    const title = ["meetings", 0, "title", "value"] as Path;
    const name = ["people", 0, "name"] as Path;
    expect(problemsAfter(title, () => "Countering terrorism ".repeat(100).trim()).join()).toMatch(/too (big|long)|at most/i);
    expect(problemsAfter(name, () => "Name ".repeat(200).trim()).join()).toMatch(/too (big|long)|at most/i);
    expect(problemsAfter(["statements", 0, "text"], () => "It said that cooperation matters. ".repeat(60).trim())).toEqual([]);
  });

  it("briefings-validate and export --data refuse a 20 MB title and a 10 MB name, with their paths", async () => {
    const data = curated();
    data.meetings[0]!.title.value = "x".repeat(20_000_000);
    data.people[0]!.name = "y".repeat(10_000_000);
    const file = join(tempDir(), "huge-text.json");
    writeFileSync(file, JSON.stringify(data));
    const validated = await run("validate", [file]);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toMatch(/meetings\[0\]\.title\.value: .*(too big|at most)/i);
    expect(validated.stderr).toMatch(/people\[0\]\.name: .*(too big|at most)/i);
    const out = join(tempDir(), "out");
    const exported = await run("export", ["--data", file, "--out", out, "--format", "json"]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/nothing written/);
  });
});

describe("unknown keys are refused with their path (issue 15: a typo silently vanished)", () => {
  it("in every object of the dataset", () => {
    const accepted: string[] = [];
    for (const path of fieldPaths("object")) {
      // The key's problem is reported at the key's path: ask there, after adding it to the object at `path`.
      const key = [...path, "titel"];
      const messages = problemsAfter(key, () => "typo");
      if (!messages.some((m) => /unknown|unrecognized/i.test(m))) accepted.push(formatPath(path));
    }
    expect(accepted).toEqual([]);
  });

  it("briefings-validate names the file, line and field path of the typo", async () => {
    const data = curated() as unknown as { meetings: Record<string, unknown>[] };
    const { title, ...rest } = data.meetings[0]!;
    data.meetings[0] = { titel: title, ...rest };
    const file = join(tempDir(), "typo.json");
    writeFileSync(file, JSON.stringify(data, null, 2));
    const r = await run("validate", [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/typo\.json:\d+:\d+ {2}meetings\[0\]\.titel: unknown key/);
  });
});

describe("zero-width characters are refused in display fields (issue 15: 65 of 178 fields let them through)", () => {
  const ZERO_WIDTH = ["\u200B", "\u200D", "\u2060", "\uFEFF"];
  const display = fieldPaths("string").filter((path) => !path.some((k) => typeof k === "string" && RAW.has(k)));

  it("in every display field", () => {
    const accepted: string[] = [];
    display.forEach((path, i) => {
      const zw = ZERO_WIDTH[i % ZERO_WIDTH.length]!;
      const insert = (old: unknown) => {
        const s = old as string;
        const mid = Math.max(1, Math.floor(s.length / 2));
        return `${s.slice(0, mid)}${zw}${s.slice(mid)}`;
      };
      if (problemsAfter(path, insert, [displayTextClean]).length === 0) accepted.push(formatPath(path));
    });
    expect(display.length).toBeGreaterThan(100);
    expect(accepted).toEqual([]);
  });

  it("briefings --data refuses such a file, so list, show and search never see it", async () => {
    const data = curated();
    for (const m of data.meetings) m.title.value = m.title.value.replace(/ /g, " \u200B");
    const file = join(tempDir(), "zero-width.json");
    writeFileSync(file, JSON.stringify(data));
    for (const args of [["list"], ["search", "terrorism"], ["show", data.meetings[0]!.id]]) {
      const r = await run("briefings", [...args, "--data", file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/meetings\[0\]\.title\.value: contains the zero-width character U\+200B/);
    }
  });

  it("briefings search finds as many briefings for a query with a zero-width space pasted inside a word (it found none)", async () => {
    const typed = await run("briefings", ["search", "terrorism"]);
    const pasted = await run("briefings", ["search", "terr\u200Borism"]);
    const count = (r: { stdout: string }) => /(\d+) match/.exec(r.stdout)?.[1];
    expect(typed.code).toBe(0);
    expect(count(typed)).toBeDefined();
    expect(pasted.code).toBe(0);
    expect(count(pasted)).toBe(count(typed));
  });
});
