// The terminal's size, updated when the terminal is resized.
import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** Columns and rows of `stdout` (80x24 when it does not say). */
function sizeOf(stdout: NodeJS.WriteStream): { columns: number; rows: number } {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** Columns and rows of the output terminal (80x24 when it does not say), re-read on every resize. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => setSize(sizeOf(stdout));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}
