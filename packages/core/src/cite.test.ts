import { describe, expect, it } from "vitest";
import { bibtexEscape, citationBibtex, citationCsl, citationFormats, citationText, DATASET_TITLE, datasetCitation, recordCitation, recordUrl } from "./cite";
import { dataset } from "./dataset";

const SEED = "2019-06-27-protection-of-soft-targets";
const origin = "https://briefings.example.org";

describe("citations", () => {
  it("keeps the dataset's title and its citation together", () => {
    expect(dataset.citation.startsWith(DATASET_TITLE)).toBe(true);
  });

  it("cites a briefing: its title and date, the dataset's citation, its address and the data version", () => {
    const c = recordCitation(dataset, "briefing", SEED, { origin })!;
    const meeting = dataset.meetings.find((m) => m.id === SEED)!;
    expect(c.url).toBe(`${origin}/briefings/${SEED}/`);
    expect(citationText(c)).toBe(`“${meeting.title.value}” (Briefing of 27 June 2019). In: ${dataset.citation} ${origin}/briefings/${SEED}/ (data version ${dataset.version}).`);
    const csl = citationCsl(c);
    expect(csl).toMatchObject({ type: "dataset", title: meeting.title.value, "container-title": DATASET_TITLE, version: dataset.version, URL: c.url, license: "CC BY 4.0" });
    expect(csl["event-date"]).toEqual({ "date-parts": [[2019, 6, 27]] });
    const bib = citationBibtex(c);
    expect(bib.startsWith(`@misc{briefings:briefing:${SEED},\n`)).toBe(true);
    expect(bib).toContain(`  url          = {${origin}/briefings/${SEED}/},`);
    expect(bib).toContain(`  version      = {${dataset.version}},`);
    expect(bib.endsWith("}\n")).toBe(true);
  });

  it("cites people and organizations by name, and nothing for an unknown id", () => {
    expect(recordCitation(dataset, "person", "vladimir-voronkov")).toMatchObject({ title: "Vladimir Voronkov", description: "Person", url: undefined });
    expect(recordCitation(dataset, "organization", "unoct", { origin: `${origin}/` })?.title).toMatch(/\(UNOCT\)$/);
    expect(recordCitation(dataset, "organization", "unoct", { origin: `${origin}/` })?.url).toBe(`${origin}/organizations/unoct/`);
    expect(recordCitation(dataset, "person", "nobody")).toBeUndefined();
    expect(citationText(recordCitation(dataset, "person", "vladimir-voronkov")!)).toContain("record “vladimir-voronkov”");
  });

  it("cites the dataset as a whole with its own citation", () => {
    const c = datasetCitation(dataset, { origin });
    expect(citationText(c)).toBe(`${dataset.citation} ${origin}/data/`);
    expect(citationFormats(c).csl).not.toHaveProperty("container-title");
  });

  it("escapes TeX's special characters and keeps hostile text on one line", () => {
    expect(bibtexEscape("R&D {100%} $5 #1 a_b ~ ^ \\")).toBe("R\\&D \\{100\\%\\} \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
    const hostile = structuredClone(dataset);
    hostile.meetings.find((m) => m.id === SEED)!.title.value = "A}\n@misc{evil,\ntitle={x";
    const bib = citationBibtex(recordCitation(hostile, "briefing", SEED)!);
    expect(bib.split("\n").filter((l) => l.startsWith("@"))).toHaveLength(1);
    expect(bib).toContain("title        = {{A\\} @misc\\{evil, title=\\{x}},");
  });

  it("percent-encodes ids in addresses", () => {
    expect(recordUrl("https://x.org//", "person", "a b/c")).toBe("https://x.org/people/a%20b%2Fc/");
  });
});
