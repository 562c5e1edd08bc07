import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@briefings/testing";
import { describe, expect, it } from "vitest";
import { dataset } from "./dataset";
import { meetingsByDate } from "./queries/meetings";
import { loadDatasetFile, meetingSummaries, proofOf, proofPath, proves, VALIDATOR } from "./trust";

const dir = tempDir("trust");
const text = JSON.stringify(dataset);

function fresh(name: string, content = text): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe("trusted dataset files", () => {
  it("validates a file without proof, writes the proof, and only parses it the next time", async () => {
    const file = fresh("a.json");
    const steps: string[] = [];
    const first = await loadDatasetFile(file, { progress: (step) => steps.push(step) });
    expect(first).toMatchObject({ ok: true, validated: true, proofWritten: true });
    expect(steps[0]).toBe("schemas");
    expect(steps).toContain("evidence-matches-source");
    const proof = JSON.parse(readFileSync(proofPath(file), "utf8"));
    expect(proof).toMatchObject({ format: "briefings-proof/2", bytes: Buffer.byteLength(text), validator: VALIDATOR });
    const again = await loadDatasetFile(file, { progress: () => steps.push("again") });
    expect(again).toMatchObject({ ok: true, validated: false });
    expect(steps).not.toContain("again");
    if (again.ok) expect(again.dataset.meetings.length).toBe(dataset.meetings.length);
  });

  it("writes no proof for a valid file that omits fields with defaults: every load gives the defaults filled in", async () => {
    // Such a file parsed as is lacks what the schemas fill in (here people's alternateNames): trusting it
    // after one validation handed front ends records without them (the terminal UI crashed on the second start).
    const sparse = structuredClone(dataset) as { people: Record<string, unknown>[] };
    for (const person of sparse.people) delete person.alternateNames;
    const file = fresh("sparse.json", JSON.stringify(sparse));
    for (const run of [1, 2]) {
      const result = await loadDatasetFile(file);
      expect(result, `load ${run}`).toMatchObject({ ok: true, validated: true, proofWritten: false });
      if (result.ok) expect(result.dataset.people.every((p) => Array.isArray(p.alternateNames))).toBe(true);
    }
    expect(existsSync(proofPath(file))).toBe(false);
  });

  it("ignores a proof of the first format (it may vouch for a file that omits fields with defaults)", async () => {
    const file = fresh("old-proof.json");
    writeFileSync(proofPath(file), JSON.stringify({ ...proofOf(Buffer.from(text)), format: "briefings-proof/1" }));
    expect(await loadDatasetFile(file)).toMatchObject({ ok: true, validated: true, proofWritten: true });
    expect(JSON.parse(readFileSync(proofPath(file), "utf8")).format).toBe("briefings-proof/2");
  });

  it("validates again when the file changed after its proof was written", async () => {
    const file = fresh("b.json");
    await loadDatasetFile(file);
    const broken = structuredClone(dataset);
    broken.quotes[0]!.participation = "nobody";
    writeFileSync(file, JSON.stringify(broken));
    const result = await loadDatasetFile(file);
    expect(result).toMatchObject({ ok: false, stage: "validate" });
    if (!result.ok) expect(result.problems.some((p) => p.rule === "references-resolve")).toBe(true);
  });

  it("does not trust a proof of another validator, size or hash", () => {
    const bytes = Buffer.from(text);
    expect(proves(proofOf(bytes), bytes)).toBe(true);
    expect(proves({ ...proofOf(bytes), validator: "@briefings/core@0.0.1 rules=unique-ids" }, bytes)).toBe(false);
    expect(proves({ ...proofOf(bytes), sha256: "0".repeat(64) }, bytes)).toBe(false);
    expect(proves({ ...proofOf(bytes), bytes: 1 }, bytes)).toBe(false);
    expect(proves("nonsense", bytes)).toBe(false);
    expect(proves(null, bytes)).toBe(false);
  });

  it("writes no proof for an invalid file, and says where reading failed", async () => {
    const bad = structuredClone(dataset);
    bad.meetings[0]!.title.value = "<b>x</b>";
    const file = fresh("c.json", JSON.stringify(bad));
    expect(await loadDatasetFile(file)).toMatchObject({ ok: false, stage: "validate" });
    expect(existsSync(proofPath(file))).toBe(false);
    expect(await loadDatasetFile(fresh("d.json", "{ not json"))).toMatchObject({ ok: false, stage: "json" });
    expect(await loadDatasetFile(join(dir, "missing.json"))).toMatchObject({
      ok: false,
      stage: "read",
      problems: [{ rule: "read", message: "cannot read: no such file" }],
    });
  });

  it("reads through core's bounded reader and reports located, capped problems (issue 15)", async () => {
    // A device never ends: it is refused before a byte is read.
    const zero = await loadDatasetFile("/dev/zero");
    expect(zero).toMatchObject({ ok: false, stage: "read" });
    if (!zero.ok) expect(zero.problems[0]!.message).toMatch(/not a regular file \(it is a device\)/);
    // A syntax error has its line and column.
    const syntax = await loadDatasetFile(fresh("f.json", '{\n  "version": "1.0.0",\n  "sources": [,]\n}\n'));
    expect(syntax).toMatchObject({ ok: false, stage: "json" });
    if (!syntax.ok) expect(syntax.problems[0]).toMatchObject({ rule: "syntax", position: { line: 3, column: 15 } });
    // 300 bad quotes: the first 100 are listed with their paths, the others counted.
    const bad = structuredClone(dataset);
    const quote = bad.quotes[0]!;
    bad.quotes = Array.from({ length: 300 }, (_, i) => ({ ...quote, id: `q-${i}`, participation: "nobody" }));
    const many = await loadDatasetFile(fresh("g.json", JSON.stringify(bad, null, 2)));
    expect(many).toMatchObject({ ok: false, stage: "validate" });
    if (!many.ok) {
      expect(many.problems).toHaveLength(100);
      expect(many.more).toBeGreaterThanOrEqual(200);
      expect(many.problems[0]!.path).toMatch(/^quotes\[\d+\]/);
      expect(many.problems[0]!.position.line).toBeGreaterThan(1);
    }
  });

  it("ignores an unreadable or malformed proof file", async () => {
    const file = fresh("e.json");
    writeFileSync(proofPath(file), "{ broken");
    expect(await loadDatasetFile(file, { writeProof: false })).toMatchObject({ ok: true, validated: true, proofWritten: false });
  });
});

describe("a trusted file parsed in parts", () => {
  it("parses the members asked for now and the rest in steps, to the same dataset", async () => {
    const file = fresh("staged.json");
    const { loadDatasetFileStaged } = await import("./trust");
    // Without proof: validated and whole, as loadDatasetFile.
    const first = await loadDatasetFileStaged(file, ["meetings"]);
    expect(first).toMatchObject({ ok: true, validated: true, proofWritten: true });
    expect(JSON.parse(readFileSync(proofPath(file), "utf8")).layout.members.map((m: { key: string }) => m.key)).toEqual(Object.keys(dataset));
    const staged = await loadDatasetFileStaged(file, ["meetings"]);
    if (!staged.ok || !("rest" in staged)) throw new Error("expected a staged load");
    expect(staged.first).toEqual({ meetings: dataset.meetings });
    let steps = 0;
    let done;
    while (!(done = staged.rest.next()).done) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(done.value).toEqual(JSON.parse(text));
  });

  it("parses the file whole when its proof has no layout, and validates it when the proof does not match", async () => {
    const file = fresh("staged-old.json");
    const { loadDatasetFileStaged } = await import("./trust");
    const { layout: _layout, ...old } = proofOf(Buffer.from(text));
    writeFileSync(proofPath(file), JSON.stringify(old));
    expect(await loadDatasetFileStaged(file, ["meetings"])).toMatchObject({ ok: true, validated: false, dataset: { meetings: dataset.meetings } });
    writeFileSync(file, `${text} `);
    expect(await loadDatasetFileStaged(file, ["meetings"])).toMatchObject({ ok: true, validated: true });
    // Same size, other bytes: the hash does not match, the file is validated (and found invalid).
    const broken = structuredClone(dataset);
    broken.quotes[0]!.participation = broken.quotes[0]!.participation!.replace(/.$/, (c) => (c === "x" ? "y" : "x"));
    writeFileSync(file, `${JSON.stringify(broken)} `);
    expect(Buffer.byteLength(`${JSON.stringify(broken)} `)).toBe(JSON.parse(readFileSync(proofPath(file), "utf8")).bytes);
    expect(await loadDatasetFileStaged(file, ["meetings"])).toMatchObject({ ok: false, stage: "validate" });
  });

  it("returns the proof's meeting summaries instead of parsing, when asked, and the same dataset after", async () => {
    const file = fresh("summaries.json");
    const { loadDatasetFileStaged } = await import("./trust");
    // Validated once: the proof written then records the summaries, newest first.
    expect(await loadDatasetFileStaged(file, ["meetings"], { summaries: true })).toMatchObject({ ok: true, validated: true });
    const proof = JSON.parse(readFileSync(proofPath(file), "utf8"));
    const newest = meetingsByDate(dataset);
    expect(proof.summaries).toHaveLength(dataset.meetings.length);
    expect(proof.summaries[0]).toEqual({ id: newest[0]!.id, start: newest[0]!.dates.value.start, type: newest[0]!.type.value, title: newest[0]!.title.value, review: newest[0]!.review.state });
    expect(proof.summaries.map((s: { id: string }) => s.id)).toEqual(newest.map((m) => m.id));
    const staged = await loadDatasetFileStaged(file, ["meetings"], { summaries: true });
    if (!staged.ok || !("rest" in staged)) throw new Error("expected a staged load");
    expect(staged.first).toEqual({});
    expect(staged.summaries).toEqual(meetingSummaries(dataset));
    let done;
    while (!(done = staged.rest.next()).done);
    expect(done.value).toEqual(JSON.parse(text));
    // Not asked for: the meetings are parsed first, as before.
    const plain = await loadDatasetFileStaged(file, ["meetings"]);
    if (!plain.ok || !("rest" in plain)) throw new Error("expected a staged load");
    expect(plain.summaries).toBeUndefined();
    expect(plain.first).toEqual({ meetings: dataset.meetings });
  });

  it("parses the meetings when the proof's summaries are missing or malformed", async () => {
    const file = fresh("summaries-bad.json");
    const { loadDatasetFileStaged } = await import("./trust");
    const bytes = Buffer.from(text);
    for (const summaries of [undefined, "x", [{ id: "m", start: 1 }], [null]]) {
      writeFileSync(proofPath(file), JSON.stringify({ ...proofOf(bytes), summaries }));
      const staged = await loadDatasetFileStaged(file, ["meetings"], { summaries: true });
      if (!staged.ok || !("rest" in staged)) throw new Error("expected a staged load");
      expect(staged.summaries).toBeUndefined();
      expect(staged.first).toEqual({ meetings: dataset.meetings });
    }
    // A proof with summaries that no longer matches the bytes: validated like any other.
    writeFileSync(proofPath(file), JSON.stringify(proofOf(bytes, dataset)));
    const broken = structuredClone(dataset);
    // a quote given to a participation that does not exist: only the validator notices
    broken.quotes[0]!.participation = "no-such-participation";
    writeFileSync(file, JSON.stringify(broken));
    expect(await loadDatasetFileStaged(file, ["meetings"], { summaries: true })).toMatchObject({ ok: false, stage: "validate" });
  });
});
