// Quotations of a document (a report, a communiqué, a concept note, a resolution): the document's words, given to the
// document and never to a speaker. Texts written for these tests (synthetic, in our own words).
import { describe, expect, it } from "vitest";
import { extract } from "./index";

const HEAD = "Harbour committee meets on port checks\n\nOn 4 March 2031, the Counter-Terrorism Committee held an open briefing on port security in New York.\n\n";

/** The quotations of a text given to documents, as [quoted words, document title]. */
function documentQuotesOf(body: string): [string, string][] {
  const x = extract(HEAD + body);
  return x.speech.documentQuotes.map((q) => [x.doc.text.slice(q.span.start, q.span.end), q.document.title]);
}

/** The quotations of a text given to speakers, as [quoted words, speaker]. */
function speakerQuotesOf(body: string): [string, string][] {
  const x = extract(HEAD + body);
  return x.speech.quotes.map((q) => [x.doc.text.slice(q.span.start, q.span.end), q.speaker.kind === "person" ? q.speaker.person.name : q.speaker.unnamed.description]);
}

describe("quotations of a document", () => {
  it("a document as the sentence's subject, before its verb: the words after the verb are its", () => {
    expect(documentQuotesOf("The Harbour Board’s yearly report says that inspections “fell behind in every northern port” last year.\n")).toEqual([
      ["fell behind in every northern port", "The Harbour Board’s yearly report"],
    ]);
    expect(documentQuotesOf("The Secretary-General’s annual report notes that smuggling routes “shifted towards smaller harbours”.\n")).toEqual([
      ["shifted towards smaller harbours", "The Secretary-General’s annual report"],
    ]);
  });

  it("keeps a symbol in brackets, and passes over a clause set off by commas or a participle", () => {
    expect(documentQuotesOf("The Secretary-General’s report (S/2031/14), which reached members on 1 March, warns that crews “are rarely screened at all”.\n")).toEqual([
      ["are rarely screened at all", "The Secretary-General’s report (S/2031/14)"],
    ]);
    expect(documentQuotesOf("A communiqué issued after the closing session said that delegations saw “room for far closer work” on cargo lists.\n")).toEqual([
      ["room for far closer work", "A communiqué"],
    ]);
  });

  it("“According to <document>,”: the words are the document's", () => {
    expect(documentQuotesOf("According to the concept note, the debate should “chart shared steps for coastal States” before June.\n")).toEqual([
      ["chart shared steps for coastal States", "the concept note"],
    ]);
  });

  it("a bare “the report”, or “It” right after a document was the subject, names the document named in full before", () => {
    const body =
      "The Secretary-General’s twelfth report on port security (S/2031/9) notes that checks improved. The report also says that ferries remain “the weakest link in the chain”.\n\n" +
      "The Harbour Board’s concept note finds that audits slowed. It also states that crews “seldom see an inspector”.\n";
    expect(documentQuotesOf(body)).toEqual([
      ["the weakest link in the chain", "The Secretary-General’s twelfth report on port security (S/2031/9)"],
      ["seldom see an inspector", "The Harbour Board’s concept note"],
    ]);
  });

  it("“…,” the communiqué said: the document right after the closing mark", () => {
    expect(documentQuotesOf("“Every quay needs a named inspector,” the final communiqué stated.\n")).toEqual([["Every quay needs a named inspector", "the final communiqué"]]);
  });

  it("a resolution quoted by its number", () => {
    expect(documentQuotesOf("Resolution 4321 (2030) requires that States “screen every crew list before arrival”.\n")).toEqual([
      ["screen every crew list before arrival", "Resolution 4321 (2030)"],
    ]);
  });

  it("never takes a speaker's words: a named person, a pronoun or a body keeps its quotation", () => {
    const body = "Tomasz Wielicki, Head of the Baltic Port Authority, said the report “reads like a warning to every port”.\n";
    expect(documentQuotesOf(body)).toEqual([]);
    expect(speakerQuotesOf(body)).toEqual([["reads like a warning to every port", "Tomasz Wielicki"]]);
  });

  it("leaves a quotation before the document's verb, or in a sentence naming no document, to no one", () => {
    expect(documentQuotesOf("The phrase “open ports for all” appears in the report says nothing new.\n")).toEqual([]);
    expect(documentQuotesOf("Delegations spoke of “room for far closer work” on cargo lists.\n")).toEqual([]);
    // "It" names a document only right after one was the subject, in the same paragraph.
    expect(documentQuotesOf("The Harbour Board’s concept note finds that audits slowed.\n\nIt also states that crews “seldom see an inspector”.\n")).toEqual([]);
  });

  it("a one-word quotation is left to no one (a term in marks, not a passage)", () => {
    expect(documentQuotesOf("The report says that ports are “porous” today.\n")).toEqual([]);
  });
});
