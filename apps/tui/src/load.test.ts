import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataset } from "@briefings/core";
import { meetingSummaries } from "@briefings/core/trust";
import { describe, expect, it } from "vitest";
import { loadDatasetFile, progressBar, wholeDataset } from "./load";

const dir = mkdtempSync(join(tmpdir(), "briefings-tui-load-"));

/** A terminal that records what is written to it. */
function terminal() {
  const written: string[] = [];
  return { isTTY: true, columns: 80, write: (text: string) => written.push(text), written };
}

describe("loading a dataset file", () => {
  it("validates a new file with a progress bar on a terminal, then trusts its proof", async () => {
    const file = join(dir, "data.json");
    writeFileSync(file, JSON.stringify(dataset));
    const first = terminal();
    expect(await loadDatasetFile(file, first)).toMatchObject({ ok: true });
    expect(first.written.some((t) => t.includes("validating") && t.includes("#"))).toBe(true);
    expect(existsSync(`${file}.verified.json`)).toBe(true);
    const second = terminal();
    const trusted = await loadDatasetFile(file, second);
    expect(second.written).toEqual([]);
    // Trusted: the list's summaries from the proof at once (nothing of the file parsed), the rest when asked for.
    if (!trusted.ok || !("rest" in trusted.dataset) || !("summaries" in trusted.dataset)) throw new Error("expected the summaries first");
    expect(trusted.dataset.summaries).toEqual(meetingSummaries(dataset));
    expect(wholeDataset(trusted.dataset)).toEqual(JSON.parse(JSON.stringify(dataset)));
    // A proof written without them (an older one): the meetings are parsed first.
    const { summaries: _summaries, ...older } = JSON.parse(readFileSync(`${file}.verified.json`, "utf8"));
    writeFileSync(`${file}.verified.json`, JSON.stringify(older));
    const parsed = await loadDatasetFile(file, terminal());
    if (!parsed.ok || !("rest" in parsed.dataset) || !("first" in parsed.dataset)) throw new Error("expected the meetings first");
    expect(parsed.dataset.first).toEqual({ meetings: dataset.meetings });
  });

  it("draws no bar when the output is not a terminal", () => {
    expect(progressBar("x.json", { isTTY: false, write: () => undefined })).toBeUndefined();
    expect(progressBar("x.json", undefined)).toBeUndefined();
  });

  it("keeps control characters of a file name out of the bar", () => {
    const out = terminal();
    progressBar("evil\x1b[31m.json", out)!("schemas", 0, 10);
    expect(out.written[0]!.slice(5)).not.toContain("\x1b");
  });

  it("says why a file cannot be used, each problem located as the validator prints it", async () => {
    const bad = structuredClone(dataset);
    bad.quotes[0]!.participation = "nobody";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad, null, 2));
    const result = await loadDatasetFile(file, undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const line = result.errors.find((e) => e.includes("quotes[0].participation"));
      expect(line?.startsWith(`${file}:`)).toBe(true);
      expect(line).toMatch(/:\d+:\d+ {2}quotes\[0\]\.participation: unknown participation "nobody" \[references-resolve\]$/);
      expect(result.total).toBe(result.errors.length);
    }
    expect(existsSync(`${file}.verified.json`)).toBe(false);
    expect(await loadDatasetFile(join(dir, "none.json"), undefined)).toEqual({
      ok: false,
      errors: [`${join(dir, "none.json")}:1:1  cannot read: no such file [read]`],
      total: 1,
    });
    writeFileSync(join(dir, "broken.json"), "{");
    const broken = await loadDatasetFile(join(dir, "broken.json"), undefined);
    expect(broken.ok || broken.errors[0]).toMatch(/broken\.json:1:\d+ {2}invalid JSON: .*\[syntax\]$/);
  });
});
