// The frame around every screen: a header line, a status line, the body, and a footer of keys.
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { bodyHeight } from "../lib/list-layout";
import { truncate } from "../lib/wrap";

export { bodyHeight } from "../lib/list-layout";

/** Props of the frame. */
export interface FrameProps {
  /** Columns available. */
  width: number;
  /** Rows available (the frame fills them exactly). */
  height: number;
  /** Where the user is: the breadcrumb path of screens. */
  header: string;
  /** A line about the current screen (match count, section). */
  status: string;
  /** Keys that work here. */
  footer: string;
  /** Use colour? (false under NO_COLOR). */
  color: boolean;
  children: ReactNode;
}

/** A full-screen frame: header, status, body (exactly `bodyHeight(height)` rows), footer. */
export function Frame({ width, height, header, status, footer, color, children }: FrameProps) {
  return (
    <Box flexDirection="column" width={width} height={Math.max(4, height)}>
      <Text bold color={color ? "cyan" : undefined} wrap="truncate-end">
        {truncate(header, width)}
      </Text>
      <Text dimColor wrap="truncate-end">
        {truncate(status, width)}
      </Text>
      {/* Rows are laid out to the width already: only the height is clipped (a horizontal clip slices every line
          of every frame again: a third of Ink's work for a keystroke in the filter at 10,000 briefings). */}
      <Box flexDirection="column" height={bodyHeight(height)} overflowY="hidden">
        {children}
      </Box>
      <Text inverse wrap="truncate-end">
        {truncate(footer, width)}
      </Text>
    </Box>
  );
}
