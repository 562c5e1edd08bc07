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

/**
 * The keys, in two columns on a wide terminal, one line each on a narrow one. Descriptions wrap when
 * every key still fits the height; otherwise each key keeps one line (its description cut to the
 * width), so no key falls off a short terminal.
 */
export function HelpScreen({ width, height }: HelpScreenProps) {
  const keyWidth = width >= 60 ? 24 : 0;
  const wrapped: { key: string; text: string }[] = [];
  if (keyWidth) {
    for (const [key, what] of HELP_KEYS) {
      wrapText(what, width - keyWidth - 1).forEach((text, i) => wrapped.push({ key: i === 0 ? fit(key, keyWidth) : " ".repeat(keyWidth), text }));
    }
  }
  const lines: { key: string; text: string }[] = [{ key: "", text: "Keys" }];
  if (keyWidth && wrapped.length + 1 <= height) lines.push(...wrapped);
  else for (const [key, what] of HELP_KEYS) lines.push({ key: keyWidth ? fit(key, keyWidth) : key.trim(), text: keyWidth ? what : what.trim() });
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
