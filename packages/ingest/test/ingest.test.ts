// The pipeline on inputs that are not plain UTF-8 text with LF line ends.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ingestBytes, renderReport } from "../src";
import { fixture, seed } from "./helpers";

describe("ingest: other encodings and line ends", () => {
  it("transcodes Windows-1252 input, keeps the draft valid and records the original bytes' hash", () => {
    const text = fixture("synthetic-e13-fatf-briefing-2024.txt").toString("utf8");
    const out = ingestBytes(new Uint8Array(iconv.encode(text, "win1252")));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.input.encoding).toBe("windows-1252");
    expect(out.result.problems).toEqual([]);
    expect(out.result.draft.source.archive?.text).toBe(text);
    expect(out.result.draft.source.note).toContain(out.result.input.sha256);
    expect(out.result.draft.participations.some((p) => p.person === "nacim-gaouaoui" || p.person?.startsWith("nacim-gaouaoui"))).toBe(true);
  });

  it("reads a text with CRLF line ends the same way, with spans in the CRLF text", () => {
    const lf = ingestBytes(seed().bytes);
    const crlf = ingestBytes(Buffer.from(seed().bytes.toString("utf8").replace(/\n/gu, "\r\n"), "utf8"));
    expect(lf.ok && crlf.ok).toBe(true);
    if (!lf.ok || !crlf.ok) return;
    expect(crlf.result.draft.quotes.map((q) => q.text)).toEqual(lf.result.draft.quotes.map((q) => q.text));
    expect(crlf.result.draft.participations.map((p) => p.person ?? p.organization)).toEqual(lf.result.draft.participations.map((p) => p.person ?? p.organization));
    const text = Array.from(crlf.result.draft.source.archive!.text);
    for (const f of crlf.result.facts) for (const e of f.evidence) expect(text.slice(e.start, e.end).join("")).toBe(e.exact);
  });

  it("renders a report that names every repair and every fact", () => {
    const out = ingestBytes(seed().bytes);
    if (!out.ok) throw new Error(out.error.message);
    const report = renderReport(out.result, { inputName: "seed.txt" });
    expect(report.match(/^ {2}\d+\. /gmu)).toHaveLength(out.result.repairs.length);
    expect(report.match(/^ {2}[a-z-]+ \[confidence /gmu)).toHaveLength(out.result.facts.length);
  });
});
