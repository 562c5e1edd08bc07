// The help overlay: every key and what it does.
import { Box, Text } from "ink";
import { HELP_KEYS } from "../keys";
import { fit, wrapText } from "../lib/wrap";

/** Props of the help overlay. */
export interface HelpScreenProps {
  width: number;
  /** Rows available. */
  height: number;
}

/** The keys, in two columns (descriptions wrapped) on a wide terminal, one line each on a narrow one. */
export function HelpScreen({ width, height }: HelpScreenProps) {
  const keyWidth = width >= 60 ? 24 : 0;
  const lines: { key: string; text: string }[] = [{ key: "", text: "Keys" }];
  for (const [key, what] of HELP_KEYS) {
    if (keyWidth) {
      wrapText(what, width - keyWidth - 1).forEach((text, i) => lines.push({ key: i === 0 ? fit(key, keyWidth) : " ".repeat(keyWidth), text }));
    } else {
      // Narrow: one line per key, cut to the width, so every key stays on screen.
      lines.push({ key: key.trim(), text: what.trim() });
    }
  }
  return (
    <Box flexDirection="column">
      {lines.slice(0, height).map((l, i) => (
        <Text key={i} bold={i === 0} wrap="truncate-end">
          <Text bold>{l.key}</Text> {l.text}
        </Text>
      ))}
    </Box>
  );
}
