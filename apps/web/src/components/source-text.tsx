import type { ReactNode } from "react";
import { codePointLength, toUtf16Offset } from "@briefings/core";
import type { Correction } from "@briefings/core";
import { spanAnchor } from "../lib/evidence";
import { nestSegments, segmentText, type SegmentNode, type TextRange } from "../lib/segments";
import { CodePoints } from "./code-points";
import { correctionKindLabel } from "./correction-table";

/** Props of `SourceText`. */
export interface SourceTextProps {
  /** The archived text, unrepaired (offsets index it in code points). */
  text: string;
  /** The evidence spans pointing into the text, each once. */
  spans: readonly { start: number; end: number }[];
  /** The corrections of the text, in text order (numbered from 1 in that order). */
  corrections: readonly Correction[];
  /** Prefix of the ids of the corrections' rows in the table below the text (the marker links there). */
  correctionIdPrefix: string;
  /** BCP 47 language of the text. */
  lang?: string | undefined;
}

const CORRECTION = "correction:";

/**
 * An archived source text with every evidence span as a <mark id="span-START-END"> (overlapping spans are cut
 * into pieces, the first carrying the id), injected text that was excised shown struck through (<del>),
 * restored and replacement words as <ins>, flagged defects underlined, and each correction numbered. Text in a
 * script the reader's fonts may lack (the injected token of a defaced page) is followed by its code points.
 */
export function SourceText({ text, spans, corrections, correctionIdPrefix, lang }: SourceTextProps) {
  const ranges: TextRange[] = [
    ...spans.map((s) => ({ id: spanAnchor(s.start, s.end), start: s.start, end: s.end })),
    ...corrections.map((c, i) => ({ id: `${CORRECTION}${i}`, start: c.start, end: c.end })),
  ];
  const nodes = nestSegments(segmentText(codePointLength(text), ranges), ranges);
  const slice = (start: number, end: number) => text.slice(toUtf16Offset(text, start), toUtf16Offset(text, end));
  const marker = (i: number, c: Correction) => (
    <a key={`m${i}`} href={`#${correctionIdPrefix}${i + 1}`} className="corr-ref" aria-label={`Correction ${i + 1}: ${correctionKindLabel(c.kind)}`}>
      [{i + 1}]
    </a>
  );
  let key = 0;
  const render = (list: SegmentNode[]): ReactNode[] =>
    list.map((node): ReactNode => {
      const k = key++;
      if (node.type === "text") return slice(node.start, node.end);
      if (node.type === "point") {
        const i = Number(node.id.slice(CORRECTION.length));
        const c = corrections[i];
        if (!c) return null;
        return (
          <span key={k} className="correction">
            {c.action === "repaired" && c.after !== "" ? <ins title={correctionKindLabel(c.kind)}>{c.after}</ins> : null}
            {marker(i, c)}
          </span>
        );
      }
      const children = render(node.children);
      if (!node.id.startsWith(CORRECTION)) {
        return (
          <mark key={k} id={node.first ? node.id : undefined} className={node.first ? "ev" : "ev cont"}>
            {children}
          </mark>
        );
      }
      const i = Number(node.id.slice(CORRECTION.length));
      const c = corrections[i];
      if (!c) return <span key={k}>{children}</span>;
      if (c.action === "repaired") {
        const excised = c.after === "";
        return (
          <span key={k} className="correction">
            {node.first ? <span className="visually-hidden">{excised ? "[excised text: " : "[replaced text: "}</span> : null}
            <del className={c.kind === "injected-text-excised" ? "excised" : "replaced"} title={correctionKindLabel(c.kind)}>
              {children}
            </del>
            {node.last ? (
              <>
                <span className="visually-hidden">]</span>
                <CodePoints text={c.before} />
                {excised ? null : <ins title={correctionKindLabel(c.kind)}>{c.after}</ins>}
                {marker(i, c)}
              </>
            ) : null}
          </span>
        );
      }
      return (
        <span key={k} className="correction">
          <span className="flagged" title={correctionKindLabel(c.kind)}>
            {children}
          </span>
          {node.last ? marker(i, c) : null}
        </span>
      );
    });
  return (
    <div className="source-text" lang={lang}>
      {render(nodes)}
    </div>
  );
}
