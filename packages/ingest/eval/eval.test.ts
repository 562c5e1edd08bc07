// The evaluation's own tests: the scoring rules on small texts in our own words, the held-out
// dataset, and reading page records.
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Repair } from "../src";
import { ingestText } from "../src";
import type { Dataset } from "@briefings/core";
import { correctionKind, type Case, type Defect } from "./case";
import { casesFromPages } from "./cases";
import { holdOut, type LooseDataset } from "./dataset";
import { causeOf, mainCause, renderWorstTen } from "./render";
import { caseF1, prf, scoreCase, scoreDefects, statesDay, type CaseScore } from "./score";

const cp = (text: string, words: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`not in the text: ${words}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(words).length };
};
const repair = (text: string, start: number, end: number, after: string, kind: Repair["kind"] = "injected-text-excised", action: Repair["action"] = "repaired"): Repair => {
  const before = Array.from(text).slice(start, end).join("");
  return { kind, action, start, end, before, after: action === "flagged" ? before : after, rationale: "test", confidence: 0.9 };
};

describe("defect scoring", () => {
  const text = "The 42垃圾Mission in Iraq spoke.";
  const token = cp(text, "42垃圾");
  const defects: Defect[] = [
    { kind: "injected-text-excised", ...token, action: "excise" },
    { kind: "words-restored", start: token.start, end: token.start, action: "repair", after: "United Nations " },
  ];

  it("counts an excision with the words restored as right", () => {
    const s = scoreDefects(text, defects, [repair(text, token.start, token.start, "United Nations ", "words-restored"), repair(text, token.start, token.end, "")], false);
    expect(s.repairs).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.injected).toEqual({ whole: 1, cut: 1, total: 1 });
  });

  it("counts a token excised whole with other words restored as cut, not as reading like the record", () => {
    const s = scoreDefects(text, defects, [repair(text, token.start, token.start, "The UN ", "words-restored"), repair(text, token.start, token.end, "")], false);
    expect(s.injected).toEqual({ whole: 0, cut: 1, total: 1 });
    expect(s.repairs.tp).toBe(0);
  });

  it("counts a token excised whole when a repair of the next words was missed", () => {
    const t = "The 42垃圾Mission of Iraq spoke.";
    const tok = cp(t, "42垃圾");
    const words = cp(t, "Mission of Iraq");
    const expected: Defect[] = [
      { kind: "injected-text-excised", ...tok, action: "excise" },
      { kind: "typo", ...words, action: "repair", after: "Mission in Iraq" },
    ];
    const s = scoreDefects(t, expected, [repair(t, tok.start, tok.end, "")], false);
    expect(s.injected).toEqual({ whole: 0, cut: 1, total: 1 });
    expect(s.repairs.fn).toBe(2);
  });

  it("does not count a token excised with a word beside it as cut", () => {
    const mission = cp(text, "42垃圾Mission");
    const s = scoreDefects(text, defects, [repair(text, mission.start, mission.end, "United Nations ")], false);
    expect(s.injected).toEqual({ whole: 0, cut: 0, total: 1 });
  });

  it("counts a token cut after its digits as missed, not excised whole", () => {
    const s = scoreDefects(text, defects, [repair(text, token.start + 2, token.end, "")], false);
    expect(s.repairs.tp).toBe(0);
    expect(s.repairs.fn).toBe(2);
    expect(s.injected.whole).toBe(0);
    expect(s.injected.cut).toBe(0);
  });

  it("ignores a difference of white space only", () => {
    const t = "Spam垃圾\n\nHeadline here";
    const s = scoreDefects(t, [{ kind: "injected-text-excised", start: 0, end: 6, action: "excise" }], [repair(t, 0, 8, "")], false);
    expect(s.repairs).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a change on a clean page as a false repair", () => {
    const t = "A clean sentence about the Committee.";
    const s = scoreDefects(t, [], [repair(t, 2, 7, "tidy", "lost-characters")], true);
    expect(s.repairs).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.repairsOnClean).toBe(1);
  });

  it("counts a flag as found when the draft flags or repairs at that place, and an unrelated flag as extra", () => {
    const t = "Watch the webcast . More text here.";
    const link = cp(t, " .");
    const s = scoreDefects(t, [{ kind: "lost-link-target", ...link, action: "flag" }], [repair(t, link.start, link.end, "", "lost-link-target", "flagged"), repair(t, 25, 29, "", "unbalanced-quotes", "flagged")], false);
    expect(s.flags).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe("page records", () => {
  it("maps the annotations' short kind names to core's", () => {
    expect(correctionKind("injected-text")).toBe("injected-text-excised");
    expect(correctionKind("markup")).toBe("markup-removed");
    expect(correctionKind("mis-encoding")).toBe("mis-encoding");
    expect(correctionKind("nonsense")).toBeUndefined();
  });

  it("reads a page whose text matches its digest, and says what is wrong with the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-pages-"));
    const text = "Synthetic page: the Committee met on 3 May 2021.";
    const page = (id: string, over: Record<string, unknown> = {}) => ({
      id,
      url: `https://example.org/${id}`,
      query: "synthetic query",
      sha256: createHash("sha256").update(text).digest("hex"),
      bytes: Buffer.byteLength(text),
      meetings: ["2021-05-03-synthetic"],
      source: "synthetic-source",
      clean: true,
      defects: [],
      quotes: [],
      ...over,
    });
    for (const id of ["good", "bad-digest", "bad-offset", "bad-kind"]) writeFileSync(join(dir, `${id}.txt`), text);
    writeFileSync(join(dir, "good.json"), JSON.stringify(page("good", { defects: [{ kind: "markup", start: 0, end: 3, action: "excise" }] })));
    writeFileSync(join(dir, "bad-digest.json"), JSON.stringify(page("bad-digest", { sha256: "0".repeat(64) })));
    writeFileSync(join(dir, "bad-offset.json"), JSON.stringify(page("bad-offset", { quotes: [{ start: 10, end: 400, speaker: "x" }] })));
    writeFileSync(join(dir, "bad-kind.json"), JSON.stringify(page("bad-kind", { defects: [{ kind: "smudge", start: 0, end: 1, action: "flag" }] })));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const { cases, problems } = casesFromPages(dir);
    expect(cases.map((c) => c.id)).toEqual(["good"]);
    expect(cases[0]!.defects[0]!.kind).toBe("markup-removed");
    expect(cases[0]!.length).toBe(Array.from(text).length);
    const byFile = (name: string) => problems.filter((p) => p.file.endsWith(name)).map((p) => p.message).join(" ");
    expect(byFile("bad-digest.json")).toMatch(/sha256/u);
    expect(byFile("bad-offset.json")).toMatch(/quotes\[0\]\.end/u);
    expect(byFile("bad-kind.json")).toMatch(/defects\[0\]\.kind: unknown defect kind "smudge"/u);
    expect(byFile("broken.json")).toMatch(/not JSON/u);
  });
});

/** A small dataset in our own words: two meetings that share a chair, one with a guest speaker. */
function tinyDataset(): LooseDataset {
  const cite = (source: string) => [{ kind: "citation", source, locator: "paragraph 1" }];
  const meeting = (id: string, date: string, source: string) => ({
    id,
    title: { value: "Synthetic resilience of small ports", evidence: cite(source) },
    dates: { value: { start: date, end: date }, evidence: cite(source) },
    type: { value: "open-briefing", evidence: cite(source) },
    sources: [source],
  });
  return {
    sources: [],
    corrections: [],
    organizations: [
      { id: "ctc", name: "Counter-Terrorism Committee", acronym: "CTC", alternateNames: [], kind: "un-body" },
      { id: "harbour-guild", name: "Harbour Guild of Testland", alternateNames: [], kind: "ngo" },
    ],
    people: [
      { id: "ana-lopez-ruiz", name: "Ana López Ruiz", alternateNames: [] },
      { id: "tomas-vidal", name: "Tomas Vidal", alternateNames: [] },
    ],
    roles: [
      { id: "ana-chair", person: "ana-lopez-ruiz", organization: "ctc", title: "Chair", titleAsStated: "Chair of the Counter-Terrorism Committee" },
      { id: "tomas-head", person: "tomas-vidal", organization: "harbour-guild", title: "Head", titleAsStated: "Head of the Harbour Guild of Testland" },
    ],
    meetings: [meeting("2021-05-03-synthetic", "2021-05-03", "synthetic-source"), meeting("2020-02-02-other", "2020-02-02", "other-source")],
    participations: [
      { id: "p1", meeting: "2021-05-03-synthetic", person: "ana-lopez-ruiz", roles: ["ana-chair"], organization: "ctc", evidence: cite("synthetic-source") },
      { id: "p2", meeting: "2021-05-03-synthetic", person: "tomas-vidal", roles: ["tomas-head"], organization: "harbour-guild", evidence: cite("synthetic-source") },
      { id: "p3", meeting: "2020-02-02-other", person: "ana-lopez-ruiz", roles: ["ana-chair"], organization: "ctc", evidence: cite("other-source") },
    ],
    statements: [],
    quotes: [],
    figures: [],
  };
}

describe("whether a page states a day", () => {
  it("finds the day beside its month's name, in either order, with an ordinal, in a range, or in figures", () => {
    expect(statesDay("The panel met on 27 July 2015 in Lisbon.", "2015-07-27")).toBe(true);
    expect(statesDay("The panel met on July 27, in Lisbon.", "2015-07-27")).toBe(true);
    expect(statesDay("It gathered on the 3rd of March.", "2019-03-03")).toBe(true);
    expect(statesDay("Sessions ran on 16 and 19 September.", "2022-09-16")).toBe(true);
    expect(statesDay("Sessions ran from Sept. 16 to 19.", "2022-09-16")).toBe(true);
    expect(statesDay("Posted 2021-05-03 by the desk.", "2021-05-03")).toBe(true);
    expect(statesDay("Posted 03/05/2021 by the desk.", "2021-05-03")).toBe(true);
    expect(statesDay("La réunion du 5 décembre a eu lieu.", "2018-12-05")).toBe(true);
    expect(statesDay("عقد الاجتماع في 27 يوليو في مدريد", "2015-07-27")).toBe(true);
  });

  it("does not take a relative day, another day of the month, or a number far from the month as the day stated", () => {
    expect(statesDay("The Council met today and heard the chair.", "2010-12-20")).toBe(false);
    expect(statesDay("During a meeting on Friday, the chair spoke.", "2013-05-10")).toBe(false);
    expect(statesDay("The panel met on 28 July 2015.", "2015-07-27")).toBe(false);
    expect(statesDay("The panel met on 127 July.", "2015-07-27")).toBe(false);
    expect(statesDay("In July the panel, which has 27 members and many observers from far away, met.", "2015-07-27")).toBe(false);
    // "may" is also a verb: only a day next to it counts.
    expect(statesDay("Members may 5 times a year meet.", "2020-05-05")).toBe(true);
    expect(statesDay("Members may meet five times a year.", "2020-05-05")).toBe(false);
  });

  it("expects a date only from a page whose text states it, so a page saying only \u201ctoday\u201d costs no recall", () => {
    const dataset = tinyDataset();
    const page = "The Counter-Terrorism Committee held an open briefing today on \u201cSynthetic resilience of small ports\u201d.";
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(page, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.draft.meeting.dates).toBeUndefined();
    const c: Case = { id: "synthetic-today", url: "https://example.org/synthetic-today", sha256: "0".repeat(64), bytes: Buffer.byteLength(page), length: Array.from(page).length, meetings: ["2021-05-03-synthetic"], source: "synthetic-source", clean: true, defects: [], quotes: [] };
    expect(scoreCase({ c, text: page, result: out.result, dataset, linked }).counts.date).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("held-out dataset", () => {
  it("drops the page's meetings and what only they brought, and keeps what other meetings share", () => {
    const d = holdOut(tinyDataset(), ["2021-05-03-synthetic"]);
    expect(d.meetings.map((m) => m.id)).toEqual(["2020-02-02-other"]);
    expect(d.participations.map((p) => p.id)).toEqual(["p3"]);
    expect(d.people.map((p) => p.id)).toEqual(["ana-lopez-ruiz"]);
    expect(d.roles.map((r) => r.id)).toEqual(["ana-chair"]);
    expect(d.organizations.map((o) => o.id)).toEqual(["ctc"]);
  });
});

describe("case scoring, end to end on a synthetic page", () => {
  const text = [
    "Counter-Terrorism Committee holds open briefing on “Synthetic resilience of small ports”",
    "",
    "On 3 May 2021, the Counter-Terrorism Committee (CTC) held an open briefing on “Synthetic resilience of small ports”.",
    "",
    "H.E. Ms. Ana López Ruiz, Chair of the Counter-Terrorism Committee, opened the meeting. “Small ports are where the weakest checks meet the busiest trade,” said Ms. López Ruiz.",
  ].join("\n");
  const base = (): Case => ({
    id: "synthetic",
    url: "https://example.org/synthetic",
    sha256: "0".repeat(64),
    bytes: Buffer.byteLength(text),
    length: Array.from(text).length,
    meetings: ["2021-05-03-synthetic"],
    source: "synthetic-source",
    clean: true,
    defects: [],
    quotes: [{ ...cp(text, "Small ports are where the weakest checks meet the busiest trade"), speaker: "ana-lopez-ruiz" }],
  });

  it("scores date, type, title, the speaker found (with post and organization), the quote, and the speaker missed", () => {
    const dataset = tinyDataset();
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(text, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    const s = scoreCase({ c: base(), text, result: out.result, dataset, linked });
    expect(s.counts.date).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.type).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.title).toEqual({ tp: 1, fp: 0, fn: 0 });
    // Tomas Vidal is a participant citing the page but is not named in its text: not expected.
    expect(s.counts.speakers).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.posts).toEqual({ right: 1, total: 1 });
    expect(s.orgs).toEqual({ right: 1, total: 1 });
    expect(s.counts.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.repairsOnClean).toBe(0);
    expect(caseF1(s)).toBe(1);
  });

  it("takes a type another source gives (an alternative citing this page) as right, and one citing another page as not expected here", () => {
    const run = (alternativeSource: string) => {
      const dataset = tinyDataset();
      const m = dataset.meetings[0]!;
      m.type = { value: "committee-meeting", evidence: [{ kind: "citation", source: "other-source", locator: "paragraph 2" }], alternatives: [{ value: "open-briefing", evidence: [{ kind: "citation", source: alternativeSource, locator: "paragraph 1" }] }] };
      const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
      const out = ingestText(text, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
      if (!out.ok) throw new Error(out.error.message);
      expect(out.result.draft.meeting.type?.value).toBe("open-briefing");
      return scoreCase({ c: base(), text, result: out.result, dataset, linked });
    };
    expect(run("synthetic-source").counts.type).toEqual({ tp: 1, fp: 0, fn: 0 });
    // An alternative is one of the record's values: the draft agrees with the record, whichever page states it.
    expect(run("other-source").counts.type).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a type the record does not give at all as wrong, and a missed one when this page states the record's", () => {
    const dataset = tinyDataset();
    dataset.meetings[0]!.type = { value: "committee-meeting", evidence: [{ kind: "citation", source: "synthetic-source", locator: "paragraph 1" }] };
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(text, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    const s = scoreCase({ c: base(), text, result: out.result, dataset, linked });
    expect(s.counts.type).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("takes a speaker linked to the person's record as that person, though the page writes a longer name", () => {
    const dataset = tinyDataset();
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const longer = text.replace(/López Ruiz,/u, "López Ruiz Vega,");
    const out = ingestText(longer, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.draft.links.people).toContainEqual(expect.objectContaining({ id: "ana-lopez-ruiz", existing: true, name: "Ana López Ruiz Vega" }));
    const c = { ...base(), bytes: Buffer.byteLength(longer), length: Array.from(longer).length, quotes: [{ ...cp(longer, "Small ports are where the weakest checks meet the busiest trade"), speaker: "ana-lopez-ruiz" }] };
    const s = scoreCase({ c, text: longer, result: out.result, dataset, linked });
    expect(s.counts.speakers).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.wrongSpeaker).toBe(0);
  });

  it("counts a quote given to someone else as a wrong speaker, and a missing one as missed", () => {
    const dataset = tinyDataset();
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(text, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    const c = base();
    c.quotes = [{ ...c.quotes[0]!, speaker: "tomas-vidal" }, { ...cp(text, "On 3 May 2021"), speaker: "tomas-vidal" }];
    const s = scoreCase({ c, text, result: out.result, dataset, linked });
    expect(s.wrongSpeaker).toBe(1);
    expect(s.counts.quotes).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(prf(s.counts.quotes).r).toBe(0);
    expect(s.namedQuotes).toEqual({ right: 0, total: 2 });
  });

  it("counts apart the quotations whose record names a speaker: an unnamed speaker's found quote is recall but not a named one", () => {
    const dataset = tinyDataset();
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(text, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    const c = base();
    c.quotes = [{ ...c.quotes[0]!, speaker: null }, { ...cp(text, "On 3 May 2021"), speaker: "tomas-vidal" }];
    const s = scoreCase({ c, text, result: out.result, dataset, linked });
    expect(s.counts.quotes).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.namedQuotes).toEqual({ right: 0, total: 1 });
    const named = scoreCase({ c: base(), text, result: out.result, dataset, linked });
    expect(named.namedQuotes).toEqual({ right: 1, total: 1 });
  });
  it("counts a document's quotation as found when the record names no speaker, and as a wrong speaker when it names one", () => {
    const withReport = `${text}\n\nThe Secretary-General’s report notes that small harbours “see the least inspection and the most traffic” each year.`;
    const dataset = tinyDataset();
    const linked = holdOut(dataset, ["2021-05-03-synthetic"]);
    const out = ingestText(withReport, { dataset: linked as unknown as Dataset, retrieved: "2026-01-01" });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.draft.quotes.map((q) => q.document?.title)).toEqual([undefined, "The Secretary-General’s report"]);
    const words = cp(withReport, "see the least inspection and the most traffic");
    const c = { ...base(), bytes: Buffer.byteLength(withReport), length: Array.from(withReport).length, quotes: [...base().quotes, { ...words, speaker: null }] };
    const s = scoreCase({ c, text: withReport, result: out.result, dataset, linked });
    expect(s.counts.quotes).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.wrongSpeaker).toBe(0);
    const named = scoreCase({ c: { ...c, quotes: [...base().quotes, { ...words, speaker: "tomas-vidal" }] }, text: withReport, result: out.result, dataset, linked });
    expect(named.counts.quotes).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(named.wrongSpeaker).toBe(1);
    expect(named.misses).toContainEqual(expect.objectContaining({ field: "quotes", kind: "wrong-speaker", detail: expect.stringContaining("draft a document") }));
  });
});

describe("worst ten cases", () => {
  const zero = { tp: 0, fp: 0, fn: 0 };
  const score = (id: string, over: Partial<CaseScore["counts"]>, misses: CaseScore["misses"]): CaseScore => ({
    id,
    counts: { date: zero, type: zero, title: zero, venue: zero, speakers: zero, quotes: zero, figures: zero, repairs: zero, flags: zero, ...over },
    posts: { right: 0, total: 0 },
    orgs: { right: 0, total: 0 },
    wrongSpeaker: 0,
    namedQuotes: { right: 0, total: 0 },
    injected: { whole: 0, cut: 0, total: 0 },
    repairsOnClean: 0,
    misses,
  });

  it("lists the ten lowest-F1 cases with the fields that failed and the main cause, in ids, kinds and numbers only", () => {
    const guessed = score("case-guessed", { date: { tp: 0, fp: 1, fn: 0 }, type: { tp: 1, fp: 0, fn: 0 } }, [{ field: "date", kind: "wrong", detail: "the record does not take it from this page: got 2001-01-01/2001-01-01; record 2002-02-02/2002-02-02" }]);
    const extra = score("case-extra", { figures: { tp: 1, fp: 3, fn: 0 }, title: { tp: 0, fp: 0, fn: 1 } }, [
      { field: "figures", kind: "extra", detail: "5 states" },
      { field: "figures", kind: "extra", detail: "6 states" },
      { field: "figures", kind: "extra", detail: "7 states" },
      { field: "title", kind: "missed", detail: "not found", text: "words of the page" },
    ]);
    const fine = Array.from({ length: 12 }, (_, i) => score(`case-fine-${i}`, { date: { tp: 1, fp: 0, fn: 0 } }, []));
    const lines = renderWorstTen([...fine, extra, guessed]);
    expect(lines[0]).toBe("## Worst ten cases");
    const rows = lines.filter((l) => l.startsWith("| case-"));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe("| case-extra | 0.33 | title 0/0/1, figures 1/3/0 | said things the record does not have (figures, repairs, flags, speakers) | 0 / 1 / 0 / 3 |");
    expect(rows[1]).toBe("| case-guessed | 0.67 | date 0/1/0 | said a value the page does not state | 1 / 0 / 0 / 0 |");
    expect(rows[2]).toMatch(/^\| case-fine-\d+ \| 1\.00 \| none \| none \| 0 \/ 0 \/ 0 \/ 0 \|$/u);
    // the words of a miss never reach the report
    expect(lines.join("\n")).not.toContain("words of the page");
  });

  it("names the category of each miss", () => {
    expect(causeOf({ field: "title", kind: "missed", detail: "not found" })).toBe("missed");
    expect(causeOf({ field: "date", kind: "wrong", detail: "differs from the record: got a; record b" })).toBe("wrong");
    expect(causeOf({ field: "quotes", kind: "wrong-speaker", detail: "at 1-2" })).toBe("wrong");
    expect(causeOf({ field: "repairs", kind: "extra", detail: "duplicate-text at 3-9" })).toBe("extra");
    expect(mainCause(score("none", {}, [])).cause).toBeUndefined();
  });
});
