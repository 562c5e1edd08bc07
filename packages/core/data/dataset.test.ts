// The seed briefing, checked against the archived press release itself (not against copies of the data).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../src/dataset";
import { meetingRecord, repairedText } from "../src/queries";
import { sliceCodePoints } from "../src/text/code-points";
import { validateDataset } from "../src/validate";
import { curated } from "./curated";
import { renderDatasetJson } from "./curated/render";

const SOURCE = "ctc-2019-06-27-soft-targets-press-release";
const MEETING = "2019-06-27-protection-of-soft-targets";
const raw = readFileSync(new URL("./sources/ctc-2019-06-27-soft-targets-press-release.txt", import.meta.url), "utf8");
const record = meetingRecord(dataset, MEETING)!;
const repaired = repairedText(dataset, SOURCE)!;

describe("the generated dataset", () => {
  it("is valid: schemas and every rule", () => {
    const result = validateDataset(dataset);
    expect(result.problems).toEqual([]);
  });

  it("is up to date with data/curated (run `pnpm generate` after editing)", () => {
    const result = validateDataset(curated);
    expect(result.ok).toBe(true);
    const generated = readFileSync(new URL("../src/generated/dataset.json", import.meta.url), "utf8");
    expect(generated).toBe(renderDatasetJson(result.dataset!));
  });
});

describe("the seed briefing, against its source", () => {
  it("archives the press release byte for byte", () => {
    const source = dataset.sources.find((s) => s.id === SOURCE)!;
    expect(source.archive!.text).toBe(raw);
    expect(source.archive!.bytes).toBe(Buffer.byteLength(raw));
    expect(source.archive!.attribution).toMatch(/United Nations/);
  });

  it("has the title, date, type and programme", () => {
    const m = record.meeting;
    expect(raw).toContain(m.title.value);
    expect(m.dates.value).toEqual({ start: "2019-06-27", end: "2019-06-27" });
    expect(raw).toContain("On 27 June 2019");
    expect(m.type.value).toBe("open-briefing");
    expect(m.sessions.map((s) => [s.kind, s.number])).toEqual([
      ["opening", undefined],
      ["thematic", 1],
      ["thematic", 2],
      ["thematic", 3],
      ["closing", undefined],
    ]);
    expect(m.venue?.value.locations[0]?.city).toBe("New York");
    expect(m.objectives.length).toBeGreaterThan(0);
  });

  it("names every organization the release names, plus the CTC, CTED and UNOCT", () => {
    const represented = record.organizations.map((o) => o.name);
    for (const name of [
      "United Nations Office of Counter-Terrorism",
      "United Nations Alliance of Civilizations",
      "International Criminal Police Organization",
      "Global Counterterrorism Forum",
      "Strong Cities Network",
      "Network for Religious and Traditional Peacemakers",
      "European Commission",
      "New York Police Department",
      "The Always Care Consulting Company",
      "JCDecaux",
      "Facebook",
      "Counter-Terrorism Committee Executive Directorate",
    ]) {
      expect(represented).toContain(name);
      expect(repaired).toContain(name);
    }
    expect(record.convenedBy.map((o) => o.acronym)).toEqual(["CTC"]);
  });

  it("has every speaker, with role and organization as the release states them", () => {
    const speakers = record.speakers.map((s) => [s.name, s.roles.map((r) => r.titleAsStated).join(), s.organization?.acronym ?? s.organization?.name]);
    expect(speakers).toEqual([
      ["Gustavo Meza-Cuadra", "Chair of the Counter-Terrorism Committee", "CTC"],
      ["Vladimir Voronkov", "Under-Secretary-General of the United Nations Office of Counter-Terrorism", "UNOCT"],
      ["Weixiong Chen", "Deputy Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)", "CTED"],
      ["Rebecca Skellett", "Head of the Strong Cities Network", "SCN"],
      ["David Tessler", "Public Policy Manager of the Counterterrorism and Dangerous Organizations team for Facebook", "Facebook"],
      ["The acting CTC Chair (not named in the sources)", "", "CTC"],
    ]);
    for (const s of record.speakers) for (const r of s.roles) expect(raw).toContain(r.titleAsStated);
  });

  it("has every direct quote of the release, verbatim", () => {
    // Every “…” in the body that is attributed speech (not a title or a term in scare quotes).
    const quoted = [...raw.matchAll(/“([^”]{40,})”/g)].map((m) => m[1]!.replace(/,$/, ""));
    const attributed = quoted.filter((q) => !q.startsWith("Protection of soft targets"));
    const short = [...raw.matchAll(/“([^”]{20,39}),”/g)].map((m) => m[1]!);
    const texts = record.quotes.map((q) => q.text);
    expect(texts).toHaveLength(attributed.length + short.length);
    for (const q of [...attributed, ...short]) expect(texts).toContain(q);
    for (const q of record.quotes) expect(sliceCodePoints(raw, q.evidence[0].start, q.evidence[0].end)).toBe(q.text);
  });

  it("has both figures, with value, unit, period and who stated them", () => {
    const figures = record.figures.map((f) => [f.value, f.approximate, f.period?.start.slice(0, 4) ?? f.asOf]);
    expect(figures).toEqual([
      [25_000_000, true, "2018"],
      [30_000, false, "2019-06-27"],
    ]);
    for (const f of record.figures) expect(raw).toContain(f.asStated);
  });

  it("has both media links, with the lost target shown as lost and the webcast recovered", () => {
    expect(record.meeting.media.map((m) => [m.kind, m.status])).toEqual([
      ["photos", "target-lost"],
      ["webcast", "recovered"],
    ]);
  });

  it("records every defect, and the repaired text has no damage left", () => {
    const kinds = dataset.corrections.filter((c) => c.source === SOURCE).map((c) => c.kind).sort();
    expect(kinds).toEqual(["injected-text-excised", "injected-text-excised", "lost-link-target", "lost-link-target", "orphaned-caption", "typo", "words-restored"]);
    expect(raw).toContain("缅北禁地");
    expect(repaired).not.toMatch(/\p{Script=Han}/u);
    expect(repaired.startsWith("CTC holds open briefing")).toBe(true);
    expect(repaired).toContain("representatives from the United Nations Office of Counter-Terrorism, the United Nations Alliance of Civilizations");
    expect(repaired).toContain("CTED’s role");
  });
});
