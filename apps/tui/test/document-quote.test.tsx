// A quote of a document (issue 12) on the briefing screen: the document, in core's words, instead of a speaker; the
// document's name goes through the terminal boundary like every other string (synthetic case built for this test).
import { dataset, type Dataset } from "@briefings/core";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app";
import { initialNavState, navigate } from "../src/lib/navigation";
import { sanitizeDataset } from "../src/lib/sanitize";
import { meetingDocument } from "../src/model/meeting-document";
import { KEYS, delay, until } from "./helpers";

/** The curated dataset with its first quote given to a document whose name carries an escape sequence and a bell. */
function withDocumentQuote(): { raw: Dataset; quote: Dataset["quotes"][number] } {
  const raw = structuredClone(dataset);
  const quote = raw.quotes[0]!;
  delete quote.participation;
  delete quote.statement;
  quote.document = { title: "The synthetic \u001b[31mconcept\u0007 note" };
  return { raw, quote };
}

const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

describe("a document's quote on the briefing screen", () => {
  it("is attributed to the document, in core's wording, with no speaker and no escape sequence", () => {
    const { raw, quote } = withDocumentQuote();
    const doc = meetingDocument(sanitizeDataset(raw), quote.meeting)!;
    const block = doc.blocks.find((b) => b.style === "quote" && b.text.startsWith(`“${quote.text}”`))!;
    expect(block.text).toMatch(/ \(quoted from the synthetic .*concept.* note\)$/u);
    expect(block.text).not.toMatch(/[\u0000-\u001f\u007f]/u);
    expect(block.target).toBeUndefined();
  });

  it("renders in the terminal as “…” (quoted from …)", async () => {
    const { raw, quote } = withDocumentQuote();
    const state = navigate(initialNavState(), { type: "open", target: { kind: "meeting", id: quote.meeting } });
    const app = render(<App dataset={sanitizeDataset(raw)} width={200} height={40} color={false} initialState={state} />);
    instances.push(app);
    const frame = () => app.lastFrame() ?? "";
    await until(() => frame().includes("briefings ·"), frame);
    const words = quote.text.slice(0, 30);
    for (let i = 0; i < 60 && !frame().includes("quoted from the synthetic"); i++) {
      const before = frame();
      app.stdin.write(KEYS.pageDown);
      const start = Date.now();
      while (frame() === before && Date.now() - start < 1500) await delay(5);
      if (frame() === before) break;
    }
    expect(frame()).toContain("quoted from the synthetic");
    expect(frame()).toContain(words.split(" ")[0]!);
    expect(app.frames.join("\n")).not.toContain("\u001b[31m");
    expect(app.frames.join("\n")).not.toContain("\u0007");
  });
});
