// The evidence of the selected item of a detail screen, on demand (the `e` key): each numbered source it cites,
// what the source is, where in it, and for a passage the exact words in their context.
import { Box, Text } from "ink";
import { citeMarker, sourceLines, type Block, type DetailDocument } from "../model/document";
import { wrapText } from "../lib/wrap";

/** Props of the evidence screen. */
export interface EvidenceScreenProps {
  doc: DetailDocument;
  /** The selected block, whose sources are shown. */
  block: Block | undefined;
  width: number;
  /** Rows available. */
  height: number;
  color: boolean;
}

/** The lines of the evidence screen, wrapped to `width`: the item, then each of its sources. */
export function evidenceLines(doc: DetailDocument, block: Block | undefined, width: number): { text: string; style: "item" | "source" | "text" }[] {
  const out: { text: string; style: "item" | "source" | "text" }[] = [];
  if (!block) return [{ text: "Nothing is selected.", style: "text" }];
  const item = `${block.label === undefined ? "" : `${block.label}: `}${block.text}${citeMarker(block)}`;
  for (const line of wrapText(item, width, "  ")) out.push({ text: line, style: "item" });
  out.push({ text: "", style: "text" });
  const cites = block.cites ?? [];
  if (cites.length === 0) {
    out.push({ text: "This item cites no source of its own.", style: "text" });
    return out;
  }
  for (const n of cites) {
    const source = doc.sources[n - 1];
    if (!source) continue;
    sourceLines(n, source).forEach((line, i) => {
      for (const wrapped of wrapText(line, width, "    ")) out.push({ text: wrapped, style: i === 0 ? "source" : "text" });
    });
    out.push({ text: "", style: "text" });
  }
  return out;
}

/** The sources of the selected item, as many lines as fit. */
export function EvidenceScreen({ doc, block, width, height, color }: EvidenceScreenProps) {
  const lines = evidenceLines(doc, block, width);
  return (
    <Box flexDirection="column">
      {lines.slice(0, height).map((line, i) => (
        <Text key={i} wrap="truncate-end" bold={line.style !== "text"} color={color && line.style === "source" ? "yellow" : undefined}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
