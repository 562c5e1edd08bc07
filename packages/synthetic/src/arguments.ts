// Command-line arguments of `briefings-synthetic`, parsed without side effects.

/** What the command is asked to do. */
export interface CliOptions {
  briefings: number;
  out: string;
  seed?: number;
  format: "json" | "module";
}

/** Usage line of the command. */
export const USAGE = "usage: briefings-synthetic --briefings N --out FILE [--seed S] [--format json|module]";

/** Parses the arguments; throws an Error that says which argument is wrong. */
export function parseArguments(args: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!["--briefings", "--out", "--seed", "--format"].includes(flag)) throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === "") throw new Error(`${flag} needs a value`);
    values.set(flag, value);
  }
  const integer = (flag: string, text: string, max: number) => {
    if (!/^\d+$/.test(text) || Number(text) > max) throw new Error(`${flag} must be an integer from 0 to ${max}, not ${JSON.stringify(text)}`);
    return Number(text);
  };
  const briefingsText = values.get("--briefings");
  if (briefingsText === undefined) throw new Error("--briefings is required");
  const briefings = integer("--briefings", briefingsText, 1_000_000);
  if (briefings < 1) throw new Error("--briefings must be at least 1");
  const out = values.get("--out");
  if (out === undefined) throw new Error("--out is required");
  const format = values.get("--format") ?? "json";
  if (format !== "json" && format !== "module") throw new Error(`--format must be json or module, not ${JSON.stringify(format)}`);
  const seedText = values.get("--seed");
  return { briefings, out, format, ...(seedText !== undefined ? { seed: integer("--seed", seedText, 0xffffffff) } : {}) };
}
