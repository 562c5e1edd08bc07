import { dataset } from "@briefings/core";
import { meetingSummaries } from "@briefings/core/trust";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../app";
import { FORBIDDEN, hostileDataset } from "../../test/fixtures";
import { KEYS, delay, until } from "../../test/helpers";
import { briefingRows, filterRows } from "./filter";
import { listRows } from "./list-rows";
import { prepareDataset } from "./prepare";
import { sanitizeDataset } from "./sanitize";

/** Runs every step with the smallest budget (one step per call), counting the calls. */
function stepAll(prepared: ReturnType<typeof prepareDataset>): number {
  let calls = 0;
  while (!prepared.step(0)) calls++;
  return calls;
}

describe("prepareDataset", () => {
  it("gives the list's rows at once, neutralised, and in steps what sanitizing and indexing the whole dataset give", () => {
    const raw = hostileDataset();
    const safe = sanitizeDataset(raw);
    const prepared = prepareDataset(raw);
    expect(prepared.rows).toEqual(listRows(safe));
    for (const row of prepared.rows) for (const value of Object.values(row)) if (typeof value === "string") expect(value).not.toMatch(FORBIDDEN);
    expect(prepared.done).toBe(false);
    expect(prepared.index).toBeUndefined();
    // Many small steps, not one long one.
    expect(stepAll(prepared)).toBeGreaterThan(raw.meetings.length);
    expect(prepared.safe()).toEqual(safe);
    expect(prepared.index?.complete).toBe(true);
    const rows = briefingRows(safe);
    for (const query of ["a", "the", rows[0]!.title.split(" ")[0]!, "zzqq"]) {
      expect([...prepared.index!.matching(query)].map((n) => prepared.rows[n]!.id), query).toEqual(filterRows(rows, { query }).map((r) => r.id));
    }
  });

  it("neutralises the rest of the dataset at once when a screen needs it before its steps are done", () => {
    const raw = hostileDataset();
    const prepared = prepareDataset(raw);
    prepared.step(0);
    expect(prepared.safe()).toEqual(sanitizeDataset(raw));
    expect(prepared.done).toBe(false);
  });

  it("starts from the meetings of a file parsed in parts, and parses the rest in its steps", () => {
    const raw = hostileDataset();
    let parsed = false;
    const rest = (function* () {
      yield;
      parsed = true;
      return raw;
    })();
    const prepared = prepareDataset({ first: { meetings: raw.meetings }, rest });
    expect(prepared.rows).toEqual(listRows(sanitizeDataset(raw)));
    expect(parsed).toBe(false);
    stepAll(prepared);
    expect(parsed).toBe(true);
    expect(prepared.safe()).toEqual(sanitizeDataset(raw));
  });

  it("starts from a proof's summaries without parsing anything of the file, neutralised, and gives the same rows and dataset", () => {
    const raw = hostileDataset();
    let parsed = false;
    const rest = (function* () {
      yield;
      parsed = true;
      return raw;
    })();
    const prepared = prepareDataset({ summaries: meetingSummaries(raw), rest });
    expect(parsed).toBe(false);
    expect(prepared.rows).toEqual(listRows(sanitizeDataset(raw)));
    for (const row of prepared.rows) for (const value of Object.values(row)) if (typeof value === "string") expect(value).not.toMatch(FORBIDDEN);
    stepAll(prepared);
    expect(parsed).toBe(true);
    expect(prepared.safe()).toEqual(sanitizeDataset(raw));
    expect(prepared.index?.complete).toBe(true);
  });

  it("does not copy a dataset that is already clean", () => {
    const prepared = prepareDataset(dataset);
    stepAll(prepared);
    expect(prepared.safe()).toBe(dataset);
  });
});

describe("the browser while the dataset is being prepared", () => {
  const instances: { unmount: () => void }[] = [];
  afterEach(() => {
    while (instances.length) instances.pop()!.unmount();
  });

  it("opens a briefing before the rest of the file is read: a placeholder at once, the briefing when it is ready, esc back meanwhile", async () => {
    // The rest of the file "parses" until released: a screen that waited for it would never be drawn.
    let release = false;
    const rest = (function* () {
      while (!release) yield;
      return dataset;
    })();
    const prepared = prepareDataset({ first: { meetings: dataset.meetings }, rest });
    const app = render(<App dataset={prepared} width={100} height={30} color={false} />);
    instances.push(app);
    const frame = () => app.lastFrame() ?? "";
    const first = prepared.rows[0]!;
    app.stdin.write(KEYS.enter);
    await until(() => frame().includes("Reading the rest of the dataset"), frame);
    // Named from its list row meanwhile (the lookups are not built).
    expect(frame()).toContain(`briefings · Briefings › ${first.date}`);
    expect(prepared.detailed).toBe(false);
    app.stdin.write(KEYS.escape);
    await until(() => frame().includes(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`), frame);
    app.stdin.write(KEYS.enter);
    await until(() => frame().includes("Reading the rest of the dataset"), frame);
    release = true;
    // Drawn again with the briefing's document once the lookups are built, without a key.
    await until(() => frame().includes(first.title.slice(0, 40)) && frame().includes("Overview"), frame);
    expect(prepared.detailed).toBe(true);
    expect(frame()).not.toContain("Reading the rest of the dataset");
  });

  it("shows the list at once, says a query is matched while indexing, and shows every match when indexing is done", async () => {
    const prepared = prepareDataset(dataset);
    const app = render(<App dataset={prepared} width={100} height={30} color={false} />);
    instances.push(app);
    const frame = () => app.lastFrame() ?? "";
    // The first frame is drawn before any step.
    expect(prepared.index).toBeUndefined();
    expect(frame()).toContain(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`);
    // A query typed while the index is built matches among the briefings indexed so far ("indexing…");
    // once it is done, the frame is drawn again with every match.
    const query = "skellett";
    app.stdin.write("/");
    app.stdin.write(query);
    await until(() => frame().includes(`/${query}`), frame);
    await until(() => prepared.done && !frame().includes("indexing"), frame);
    const expected = filterRows(briefingRows(sanitizeDataset(dataset)), { query });
    expect(expected.length).toBeGreaterThan(0);
    await until(() => frame().includes(`${expected.length} of ${dataset.meetings.length} briefings`), frame);
    await delay(10);
    app.stdin.write(KEYS.escape);
    await until(() => frame().includes(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`), frame);
  });
});
