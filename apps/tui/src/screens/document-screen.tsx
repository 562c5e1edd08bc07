// A detail screen (briefing, person, organization): its laid-out lines, only those visible, the
// selected block marked in the gutter.
import { Box, Text } from "ink";
import type { DetailDocument, DocLayout } from "../model/document";
import { visibleRange } from "../lib/windowing";

/** Props of a detail screen body. */
export interface DocumentScreenProps {
  doc: DetailDocument;
  /** The document laid out to `width - 2` (the gutter). */
  layout: DocLayout;
  /** Selected block. */
  cursor: number;
  /** First line shown. */
  offset: number;
  /** Lines available. */
  height: number;
  color: boolean;
}

/** The visible lines of a detail document. */
export function DocumentScreen({ doc, layout, cursor, offset, height, color }: DocumentScreenProps) {
  const { start, end } = visibleRange(offset, height, layout.lines.length);
  return (
    <Box flexDirection="column">
      {layout.lines.slice(start, end).map((line, i) => {
        const selected = line.block === cursor && doc.blocks[cursor]?.style !== "heading";
        const linked = doc.blocks[line.block]?.target !== undefined;
        const gutter = selected ? (linked ? "▶ " : "▌ ") : line.first && linked ? "› " : "  ";
        return (
          <Text key={start + i} wrap="truncate-end">
            <Text color={color && selected ? "cyan" : undefined} bold={selected}>
              {gutter}
            </Text>
            <Text
              bold={line.style === "heading" || line.style === "title"}
              underline={line.style === "heading"}
              dimColor={line.style === "muted"}
              italic={line.style === "quote"}
              color={color && line.style === "heading" ? "yellow" : undefined}
              inverse={selected && linked}
            >
              {line.text}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}
