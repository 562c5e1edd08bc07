// Quotes of documents (issue 12): a quote attributed to a report or a communiqué instead of a participant.
import { describe, expect, it } from "vitest";
import { copyOfSeed } from "../../test/rule-helpers";
import type { Dataset } from "../schemas/dataset";
import { Quote } from "../schemas/speech";
import { validateDataset } from "../validate";
import { organizationQuotes } from "./organizations";
import { personQuotes } from "./people";
import { documentQuotes, formatQuoteAttribution, quoteAttribution, quotedFrom } from "./quotes";
import { searchDocuments } from "./search";

/** A synthetic case: the seed with its first quote given to a document the dataset holds as a source. */
function withDocumentQuote(): { d: Dataset; quote: Dataset["quotes"][number]; person: string } {
  const d = copyOfSeed();
  const quote = d.quotes[0]!;
  const person = d.participations.find((p) => p.id === quote.participation)!.person!;
  delete quote.participation;
  delete quote.statement;
  quote.document = { title: "The synthetic concept note", source: d.sources[0]!.id };
  return { d, quote, person };
}

describe("a quote of a document", () => {
  it("is valid end to end (schemas and every rule), with or without the document's source", () => {
    const { d, quote } = withDocumentQuote();
    expect(validateDataset(d).problems).toEqual([]);
    delete quote.document!.source;
    expect(validateDataset(d).problems).toEqual([]);
  });

  it("needs exactly one of a participation and a document, said at `participation`", () => {
    const { d, quote } = withDocumentQuote();
    const message = "a quote is attributed to exactly one of `participation` (who said it) or `document` (what it quotes)";
    const both = { ...quote, participation: copyOfSeed().quotes[0]!.participation };
    const neither = { ...quote, document: undefined };
    for (const bad of [both, neither]) {
      const issues = Quote.safeParse(bad).error?.issues ?? [];
      expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([["participation", message]]);
    }
    d.quotes[0] = both;
    expect(validateDataset(d).problems).toContainEqual({ rule: "schema", path: ["quotes", 0, "participation"], message });
  });

  it("refuses a document without a title, or with keys of its own", () => {
    const { quote } = withDocumentQuote();
    expect(Quote.safeParse({ ...quote, document: { title: "" } }).success).toBe(false);
    expect(Quote.safeParse({ ...quote, document: { title: "the report", author: "x" } }).error?.issues[0]?.path).toEqual(["document"]);
  });

  it("is nobody's and no organization's quote, and is found under its document", () => {
    const { d, quote, person } = withDocumentQuote();
    expect(personQuotes(d, person).map((q) => q.id)).not.toContain(quote.id);
    for (const o of d.organizations) expect(organizationQuotes(d, o.id).map((q) => q.id)).not.toContain(quote.id);
    expect(documentQuotes(d, d.sources[0]!.id)).toEqual([quote]);
    expect(documentQuotes(d, d.sources[1]!.id)).toEqual([]);
  });

  it("is attributed to its document, in words core writes once for every app", () => {
    const { d, quote } = withDocumentQuote();
    const a = quoteAttribution(d, quote);
    expect(a).toEqual({ kind: "document", document: quote.document, source: d.sources[0] });
    expect(formatQuoteAttribution(a)).toBe("quoted from the synthetic concept note");
    expect(quotedFrom({ title: "Report of the Secretary-General (S/2025/72)" })).toBe("quoted from Report of the Secretary-General (S/2025/72)");
    expect(quotedFrom({ title: "A communiqué" })).toBe("quoted from a communiqué");
    const search = searchDocuments(d).find((s) => s.id === quote.id)!;
    expect(search.detail.startsWith("quoted from the synthetic concept note · ")).toBe(true);
    expect(search.text).toBe("quoted from the synthetic concept note");
  });

  it("leaves a participant's quote to its speaker, and names an unresolved one unknown", () => {
    const d = copyOfSeed();
    const q = d.quotes[0]!;
    const a = quoteAttribution(d, q);
    expect(a.kind).toBe("participant");
    expect(formatQuoteAttribution(a)).toBe(a.kind === "participant" ? a.participant.name : "");
    expect(formatQuoteAttribution(quoteAttribution(d, { participation: "nobody" }))).toBe("unknown speaker");
  });
});
