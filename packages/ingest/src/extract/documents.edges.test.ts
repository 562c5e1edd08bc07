// DocumentSubjects called directly: which document a quotation is taken from, with the document's exact title and
// span, for each way a sentence names one. Texts written for these tests (synthetic, in our own words).
import { describe, expect, it } from "vitest";
import { DocumentSubjects } from "./documents";
import type { Paragraph, Span } from "./text";

interface Page {
  text: string;
  /** The sentences, in reading order, with their paragraph. */
  sentences: { sentence: Span; paragraph: Paragraph }[];
  /** The span of sentence `i` (in reading order). */
  s: (i: number) => Span;
}

/** A page whose paragraphs are given as their sentences (joined by one space; paragraphs by a blank line), after `prefix`. */
function page(paragraphs: string[][], prefix = "Port notes.\n\n"): Page {
  let text = prefix;
  const sentences: { sentence: Span; paragraph: Paragraph }[] = [];
  paragraphs.forEach((ss, index) => {
    if (index > 0) text += "\n\n";
    const paragraph: Paragraph = { start: text.length, end: 0, index: index + 1, sentences: [] };
    ss.forEach((s, j) => {
      if (j > 0) text += " ";
      const sentence = { start: text.length, end: text.length + s.length };
      text += s;
      paragraph.sentences.push(sentence);
      sentences.push({ sentence, paragraph });
    });
    paragraph.end = text.length;
  });
  return { text, sentences, s: (i) => sentences[i]!.sentence };
}

/** The quotation marks of the `n`th quotation in a sentence: [open, close]. */
function marks(p: Page, sentence: Span, n = 0): [number, number] {
  let open = sentence.start - 1;
  for (let k = 0; k <= n; k++) open = p.text.indexOf("“", open + 1);
  return [open, p.text.indexOf("”", open)];
}

/** The span of the first `needle` at or after `from`. */
function spanOf(p: Page, needle: string, from = 0): Span {
  const start = p.text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the page: ${needle}`);
  return { start, end: start + needle.length };
}

/** The document of the `n`th quotation of sentence `i`, as [title, span]. */
function docOf(p: Page, subjects: DocumentSubjects, i: number, n = 0): [string, Span] | undefined {
  const [open, close] = marks(p, p.s(i), n);
  const d = subjects.documentOf(p.s(i), open, close);
  return d && [d.title, d.span];
}

describe("DocumentSubjects: the sentence's subject", () => {
  it("a subject named in full, after words that open the sentence: its title and span", () => {
    const p = page([["Delegates met twice.", "In addition, the Harbour Board’s yearly report (S/2031/4) states that crews “are seldom screened”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the Harbour Board’s yearly report (S/2031/4)", spanOf(p, "the Harbour Board’s yearly report (S/2031/4)")]);
  });

  it("the quotation must open at or after the end of the verb", () => {
    const p = page([["Harbour checks were discussed.", "Moreover, the board’s yearly report says crews are seldom screened."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    const verbEnd = p.text.indexOf("says") + "says".length;
    const s = p.s(1);
    expect(d.documentOf(s, verbEnd, verbEnd + 5)?.title).toBe("the board’s yearly report");
    expect(d.documentOf(s, verbEnd - 1, verbEnd + 5)).toBeUndefined();
  });

  it("no subject before the words that open the sentence when the sentence has none", () => {
    const p = page([["However, delegates said the board “was slow”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toBeUndefined();
  });

  it("only the sentence's first 600 characters are read for a document", () => {
    const filler = "Delegates listed harbours " + "and quays ".repeat(60);
    const p = page([[`${filler.trim()}, according to the harbour report, with “checks at every quay”.`, "The report says crews “are seldom screened”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    // The first sentence's "according to" is past its 600th character: it names no document the later "the report" can take.
    expect(docOf(p, d, 1)).toEqual(["The report", spanOf(p, "The report", p.s(1).start)]);
    // Asked about its own quotation, the sentence names its document (from the words before the quotation).
    expect(docOf(p, d, 0)).toEqual(["the harbour report", spanOf(p, "the harbour report")]);
  });

  it("reads no further than the sentence's end", () => {
    // The text after the first sentence's end is no sentence of the page (a caption, say).
    const p = page([["Members met in the port.", "The report says crews “are seldom screened”."]]);
    const text = p.text.replace("Members met in the port.", "Members met.According to the harbour report, ");
    const shift = text.length - p.text.length;
    const first = { sentence: { start: p.s(0).start, end: p.s(0).start + "Members met.".length }, paragraph: p.sentences[0]!.paragraph };
    const second = { sentence: { start: p.s(1).start + shift, end: p.s(1).end + shift }, paragraph: p.sentences[1]!.paragraph };
    const d = new DocumentSubjects(text, [first, second]);
    const open = text.indexOf("“");
    expect(d.documentOf(second.sentence, open, text.indexOf("”"))?.title).toBe("The report");
  });
});

describe("DocumentSubjects: “It” and a bare “the report”", () => {
  it("“It” after a document was the subject of the sentence before, in the same paragraph; after words that open it", () => {
    const p = page([["The Harbour Board’s concept note finds that audits slowed.", "Furthermore, It also states that crews “seldom see an inspector”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    const note = spanOf(p, "The Harbour Board’s concept note");
    expect(docOf(p, d, 1)).toEqual(["The Harbour Board’s concept note", note]);
    const verbEnd = p.text.indexOf("states") + "states".length;
    expect(d.documentOf(p.s(1), verbEnd, verbEnd + 3)?.title).toBe("The Harbour Board’s concept note");
    expect(d.documentOf(p.s(1), verbEnd - 1, verbEnd + 3)).toBeUndefined();
  });

  it("“It” names nothing in another paragraph, after a sentence naming no document, or first in the page", () => {
    const p = page([
      ["It says crews “seldom see an inspector”."],
      ["The Harbour Board’s concept note finds that audits slowed."],
      ["It also states that crews “seldom see an inspector”."],
      ["The Harbour Board’s concept note finds that audits slowed.", "Delegates agreed.", "It also states that crews “seldom see an inspector”."],
    ]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toBeUndefined();
    expect(docOf(p, d, 2)).toBeUndefined();
    expect(docOf(p, d, 5)).toBeUndefined();
  });

  it("“It” after a sentence naming no document: the document after the closing mark still counts", () => {
    const p = page([["Delegates agreed.", "It says that “crews need training”, the harbour report notes."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the harbour report", spanOf(p, "the harbour report")]);
  });

  it("a bare “the report” is the last report named in full before it, passing over other heads", () => {
    const p = page([
      ["The Harbour Board’s yearly report (S/2031/9) notes that checks improved.", "The coastal guard’s concept note finds that audits slowed."],
      ["The report also says that ferries remain “the weakest link”.", "The concept note adds that crews “seldom see an inspector”."],
    ]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 2)).toEqual(["The Harbour Board’s yearly report (S/2031/9)", spanOf(p, "The Harbour Board’s yearly report (S/2031/9)")]);
    expect(docOf(p, d, 3)).toEqual(["The coastal guard’s concept note", spanOf(p, "The coastal guard’s concept note")]);
  });

  it("the latest of two reports named in full, and none named after the bare one", () => {
    const p = page([
      ["The first port report (S/2031/1) notes that checks improved.", "The second port report (S/2031/2) notes that audits slowed."],
      ["The report says that ferries remain “the weakest link”.", "The third port report (S/2031/3) notes that crews changed."],
    ]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 2)?.[0]).toBe("The second port report (S/2031/2)");
  });

  it("a bare head with no document named in full before: the bare words, where written", () => {
    const p = page([["Delegates agreed.", "The resolutions said that States “screen every crew list”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["The resolutions", spanOf(p, "The resolutions")]);
  });

  it("the head as a key: a plural, or “communique” without its accent, names the same document", () => {
    const p = page([
      ["The Council’s port resolution (S/RES/9) requests that States act.", "The final communiqué of the Harbour Summit welcomed the plan."],
      ["According to the resolutions, States must “screen every crew list”.", "The communique says that delegations saw “room for closer work”."],
    ]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 2)?.[0]).toBe("The Council’s port resolution (S/RES/9)");
    expect(docOf(p, d, 3)?.[0]).toBe("The final communiqué of the Harbour Summit");
  });

  it("a plural bare head is the last document of that head named in full (reports and report)", () => {
    const p = page([["The Harbour Board’s yearly report (S/2031/9) notes that checks improved.", "The reports said that ferries remain “the weakest link”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)?.[0]).toBe("The Harbour Board’s yearly report (S/2031/9)");
  });
});

describe("DocumentSubjects: “according to” and a document after the closing mark", () => {
  it("“according to” inside the sentence: the bare document where written", () => {
    const p = page([["Delegates met.", "Crews, according to the report, “seldom see an inspector”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the report", spanOf(p, "the report")]);
  });

  it("“According to” a document named in full in an earlier sentence: the same document, kept once", () => {
    const p = page([["According to the harbour report (S/2031/5), crews changed.", "The report says crews “seldom see an inspector”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the harbour report (S/2031/5)", spanOf(p, "the harbour report (S/2031/5)")]);
  });

  it("“according to” inside an earlier sentence names a document in full for a later bare one", () => {
    const p = page([["Crews changed, according to the harbour report (S/2031/5), in every port.", "The report says crews “seldom see an inspector”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the harbour report (S/2031/5)", spanOf(p, "the harbour report (S/2031/5)")]);
  });

  it("a bare document after the closing mark never takes one named in full later in the page", () => {
    const p = page([["“Ports need checks,” the report says.", "The harbour report (S/2031/6) notes that audits slowed."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toEqual(["the report", spanOf(p, "the report")]);
  });

  it("two quotations after one “According to”: the same document object", () => {
    const p = page([["Delegates met.", "According to the harbour report, crews “seldom see an inspector” and ports “lack scanners”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    const [o1, c1] = marks(p, p.s(1), 0);
    const [o2, c2] = marks(p, p.s(1), 1);
    const first = d.documentOf(p.s(1), o1, c1);
    const second = d.documentOf(p.s(1), o2, c2);
    expect(first).toEqual({ title: "the harbour report", span: spanOf(p, "the harbour report") });
    expect(second).toBe(first);
  });

  it("the last “according to” before the quotation", () => {
    const p = page([["According to the harbour report, checks slowed and, according to the coastal concept note, crews “seldom see an inspector”."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toEqual(["the coastal concept note", spanOf(p, "the coastal concept note")]);
  });

  it("the document after the closing mark, before or after its verb", () => {
    const p = page([["Delegates met.", "“Every quay needs an inspector,” the final communiqué stated.", "“Crews need training”, said the harbour report."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 1)).toEqual(["the final communiqué", spanOf(p, "the final communiqué")]);
    expect(docOf(p, d, 2)).toEqual(["the harbour report", spanOf(p, "the harbour report")]);
  });

  it("nothing after the closing mark when the sentence ends there, or when the document is too far", () => {
    const p = page([["“Every quay needs an inspector.”", "The report says little."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toBeUndefined();
  });

  it("a quotation in a sentence naming no document", () => {
    const p = page([["Delegates spoke of “room for closer work” on cargo lists."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    expect(docOf(p, d, 0)).toBeUndefined();
  });
});

describe("DocumentSubjects.quote", () => {
  it("keeps the quotation as the document's, with confidence 0.8, and says whether it did", () => {
    const p = page([["The harbour report says crews “seldom see an inspector”.", "Delegates spoke of “room for closer work” on cargo lists."]]);
    const d = new DocumentSubjects(p.text, p.sentences);
    const [o1, c1] = marks(p, p.s(0));
    const [o2, c2] = marks(p, p.s(1));
    const words = { start: o1 + 1, end: c1 };
    expect(d.quote({ span: words, sentence: p.s(0), paragraph: 1 }, o1, c1)).toBe(true);
    expect(d.quote({ span: { start: o2 + 1, end: c2 }, sentence: p.s(1), paragraph: 1 }, o2, c2)).toBe(false);
    expect(d.quotes).toEqual([
      { document: { title: "The harbour report", span: spanOf(p, "The harbour report") }, span: words, sentence: p.s(0), paragraph: 1, confidence: 0.8 },
    ]);
  });
});
