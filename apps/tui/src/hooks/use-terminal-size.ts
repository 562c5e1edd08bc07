// The terminal's size, updated when the terminal is resized.
import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** Columns and rows of the output terminal (80x24 when it does not say), re-read on every resize. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}
