// The year view, the succession and the review state, rendered with ink-testing-library: keys written to stdin,
// frames asserted.
import { CTC_CHAIR, CTED_HEAD, FACT_LABELS, dataset, disputedFacts, meetingTimeline, meetingsByDate, succession } from "@briefings/core";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app";
import { briefingRows, filterRows } from "../src/lib/filter";
import { initialNavState, navigate } from "../src/lib/navigation";
import { sanitizeDataset } from "../src/lib/sanitize";
import { MEETING_SECTIONS } from "../src/model/meeting-document";
import { KEYS, delay, safeSeed, until } from "./helpers";

const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

function start(props: { width?: number; height?: number; initialState?: ReturnType<typeof initialNavState>; data?: typeof safeSeed } = {}) {
  const app = render(<App dataset={props.data ?? safeSeed} width={props.width ?? 100} height={props.height ?? 30} color={false} initialState={props.initialState} />);
  instances.push(app);
  const frame = () => app.lastFrame() ?? "";
  return {
    frame,
    async press(keys: string | string[], text?: string | RegExp) {
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        app.stdin.write(k);
        await delay(15);
      }
      if (text !== undefined) await until(() => (typeof text === "string" ? frame().includes(text) : text.test(frame())), frame);
    },
  };
}

const timeline = meetingTimeline(dataset.meetings);
const oldest = timeline.years[0]!;

describe("year view", () => {
  it("Y opens meetings per year, oldest first, each with its count and its types; enter lists that year", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press("Y", "Meetings per year");
    expect(ui.frame()).toContain("briefings · Briefings › Years");
    const first = ui.frame().split("\n").find((l) => l.includes(`${oldest.year}:`))!;
    expect(first).toContain(`█ ${oldest.total}`);
    expect(first).toContain(String(oldest.types[0]!.count));
    // The cursor starts on the summary line; the next row is the first year.
    await ui.press("j", `enter lists the briefings of ${oldest.year}`);
    expect(ui.frame()).toContain("Y years");
    await ui.press(KEYS.enter, `year ${oldest.year}`);
    const rows = filterRows(briefingRows(safeSeed), { query: "", year: oldest.year });
    expect(ui.frame()).toContain(`${rows.length} of ${dataset.meetings.length} briefings · year ${oldest.year}`);
    for (const r of rows) expect(ui.frame()).toContain(r.title.slice(0, 30));
    // esc on the list clears the year again.
    await ui.press(KEYS.escape, "all years");
  });

  it("walks down the years to a later one and lists it", async () => {
    const ui = start({ initialState: navigate(initialNavState(), { type: "show", view: "years" }) });
    await until(() => ui.frame().includes("Meetings per year"), ui.frame);
    // Every year is a row (years without a meeting are muted, and lead nowhere), after the summary line.
    const target = timeline.years.findIndex((y, i) => i > 0 && y.total > 0);
    await ui.press("j".repeat(target + 1), `enter lists the briefings of ${timeline.years[target]!.year}`);
    await ui.press(KEYS.enter, `year ${timeline.years[target]!.year}`);
    expect(ui.frame()).toContain(`${timeline.years[target]!.total} of ${dataset.meetings.length} briefings`);
  });

  it("fits 40 columns", async () => {
    const ui = start({ width: 40, height: 14, initialState: navigate(initialNavState(), { type: "show", view: "years" }) });
    await until(() => ui.frame().includes("Meetings per year"), ui.frame);
    for (const line of ui.frame().split("\n")) expect([...line].length).toBeLessThanOrEqual(40);
  });
});

describe("succession", () => {
  it("s opens the CTC Chairs and the CTED heads, each tenure with its strip; enter opens the person", async () => {
    const ui = start({ height: 60 });
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press("s", "CTC Chairs");
    const chairs = succession(dataset, CTC_CHAIR);
    const first = chairs[0]!;
    expect(ui.frame()).toContain(first.person.name);
    expect(ui.frame()).toMatch(/[█▓░]/);
    expect(ui.frame()).toContain("term stated");
    // The cursor starts on the legend; the next row is the first chair.
    await ui.press("j", "enter opens the person");
    await ui.press(KEYS.enter, `Person · `);
    expect(ui.frame()).toContain(first.person.name);
    await ui.press(KEYS.escape, "CTC Chairs");
    await ui.press(KEYS.tab, "CTED heads");
    expect(ui.frame()).toContain(succession(dataset, CTED_HEAD)[0]!.person.name);
  });

  it("keeps an acting spell on a row of its own, marked acting", async () => {
    const acting = [...succession(dataset, CTC_CHAIR), ...succession(dataset, CTED_HEAD)].find((t) => t.tenure === "acting")!;
    expect(acting).toBeDefined();
    const ui = start({ height: 80, width: 140, initialState: navigate(initialNavState(), { type: "show", view: "succession" }) });
    await until(() => ui.frame().includes("CTC Chairs"), ui.frame);
    const line = ui.frame().split("\n").find((l) => l.includes(acting.person.name) && /acting/i.test(l));
    expect(line, ui.frame()).toBeDefined();
    expect(line).toContain("▓");
  });
});

describe("review state", () => {
  it("marks drafts in the list and r shows only one state", async () => {
    const d = structuredClone(dataset);
    // Only one draft: the newest meeting.
    for (const m of d.meetings) m.review = { state: "curated" };
    const newest = meetingsByDate(d)[0]!;
    // meetingsByDate sorts the meetings themselves (no copies): marking this one marks the dataset's.
    newest.review = { state: "draft", note: "Speakers not checked." };
    const ui = start({ data: sanitizeDataset(d) });
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    expect(ui.frame()).toContain(`[draft] ${newest.title.value.slice(0, 20)}`);
    await ui.press("r", "· Curated");
    expect(ui.frame()).toContain(`${d.meetings.length - 1} of ${d.meetings.length} briefings`);
    expect(ui.frame()).not.toContain("[draft]");
    await ui.press("r", "· Draft (awaiting review)");
    expect(ui.frame()).toContain(`1 of ${d.meetings.length} briefings`);
    await ui.press(KEYS.enter, "Briefing · Overview");
    expect(ui.frame()).toContain("Review: Draft (awaiting review)");
    expect(ui.frame()).toContain("Speakers not checked.");
  });

  it("shows a curated briefing's review state and its disputed facts, with why the record's value is kept", async () => {
    const m = dataset.meetings.find((x) => disputedFacts(x).length > 0)!;
    const f = disputedFacts(m)[0]!;
    const ui = start({ width: 120, height: 60, initialState: navigate(initialNavState(), { type: "open", target: { kind: "meeting", id: m.id } }) });
    await until(() => ui.frame().includes("Briefing · Overview"), ui.frame);
    expect(ui.frame()).toContain("Review: Curated");
    // Beside the fact in the overview: that other sources differ, and where to read why.
    expect(ui.frame()).toContain(`${FACT_LABELS[f.fact]}, other sources: “${f.alternatives[0]!.value.slice(0, 20)}`);
    await ui.press(KEYS.tab.repeat(MEETING_SECTIONS.indexOf("Disputed facts")), "Briefing · Disputed facts");
    const frame = ui.frame().replace(/\s+/g, " ");
    expect(frame).toContain("other sources give:");
    expect(frame).toContain(`“${f.alternatives[0]!.value.slice(0, 20)}`);
    expect(frame).toContain("Preferred because:");
  });
});
