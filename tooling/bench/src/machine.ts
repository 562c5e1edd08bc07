// What the benchmarks ran on: read from /proc/cpuinfo and the OS, parsed by pure functions.

/** The machine a report was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  platform: string;
}

/** The CPU model and the number of logical processors in the text of /proc/cpuinfo. */
export function parseCpuInfo(text: string): { model: string | undefined; processors: number } {
  let model: string | undefined;
  let processors = 0;
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === "processor") processors++;
    else if (key === "model name" && model === undefined && value !== "") model = value;
  }
  return { model, processors };
}

/** Memory in GiB with one decimal ("23.5 GiB"). */
export function formatMemory(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}
