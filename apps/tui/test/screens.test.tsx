// The screens, rendered with ink-testing-library: keys written to stdin, frames asserted.
import { CAPACITY_LABELS, MEETING_TYPE_LABELS, dataset, meetingRecord, meetingsByDate, organizationMeetings, personAppearances, personQuotes, getMeeting, getOrganization } from "@briefings/core";
import { render } from "ink-testing-library";
import { useEffect } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/app";
import { briefingRows, filterRows, typesOf, yearsOf } from "../src/lib/filter";
import { initialNavState, navigate } from "../src/lib/navigation";
import { generateDataset } from "@briefings/synthetic";
import { prepareDataset } from "../src/lib/prepare";
import { sanitizeDataset } from "../src/lib/sanitize";
import { KEYS, delay, safeSeed, until } from "./helpers";

/** The seed briefing: the one whose speakers, quotes and figures the brief names. */
const SEED_ID = "2019-06-27-protection-of-soft-targets";
const seed = getMeeting(dataset, SEED_ID)!;
const newest = meetingsByDate(dataset)[0]!;
const seedRow = meetingsByDate(dataset).map((m) => m.id).indexOf(SEED_ID);
const record = meetingRecord(dataset, seed.id)!;
const instances: { unmount: () => void }[] = [];
afterEach(() => {
  while (instances.length) instances.pop()!.unmount();
});

/** Renders the app and returns helpers to type keys and wait for frames. */
/** Calls `onUnmount` when Ink unmounts the tree (how the app quitting shows in a test). */
function UnmountProbe({ onUnmount }: { onUnmount: () => void }) {
  useEffect(() => onUnmount, [onUnmount]);
  return null;
}

function start(props: { width?: number; height?: number; initialState?: ReturnType<typeof initialNavState>; onUnmount?: () => void } = {}) {
  const app = render(
    <>
      <App dataset={safeSeed} width={props.width ?? 100} height={props.height ?? 30} color={false} initialState={props.initialState} />
      <UnmountProbe onUnmount={props.onUnmount ?? (() => {})} />
    </>,
  );
  instances.push(app);
  const frame = () => app.lastFrame() ?? "";
  return {
    app,
    frame,
    /** Presses `key` until the frame stops changing (or `times` presses), returning every frame seen. */
    async walk(key: string, times = 200) {
      let seen = frame();
      for (let i = 0; i < times; i++) {
        const before = frame();
        app.stdin.write(key);
        const start = Date.now();
        while (frame() === before && Date.now() - start < 1500) await delay(5);
        if (frame() === before) break;
        seen += `\n${frame()}`;
      }
      return seen;
    },
    /** Writes keys and waits until the frame shows `text` (or stops showing it with `gone`). */
    async press(keys: string | string[], text?: string | RegExp, gone = false) {
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        app.stdin.write(k);
        await delay(15);
      }
      if (text !== undefined) {
        const has = () => (typeof text === "string" ? frame().includes(text) : text.test(frame()));
        await until(() => has() !== gone, frame);
      }
    },
  };
}

async function openSeed() {
  const ui = start();
  await until(() => ui.frame().includes(newest.title.value.slice(0, 30)), ui.frame);
  // Down to the seed's row (keys sent at once, as a fast typist's arrive), then open it.
  if (seedRow > 0) await ui.press("j".repeat(seedRow));
  await ui.press(KEYS.enter, "Briefing · Overview");
  expect(ui.frame()).toContain(seed.title.value.slice(0, 60));
  return ui;
}

describe("list screen", () => {
  it("lists briefings newest first with date, type and title, the match count, and the keys", async () => {
    const ui = start();
    await until(() => ui.frame().includes(newest.dates.value.start), ui.frame);
    const lines = ui.frame().split("\n");
    const ordered = meetingsByDate(dataset).slice(0, 20);
    ordered.forEach((m, i) => expect(lines[2 + i]).toContain(m.dates.value.start));
    expect(lines[2]).toContain(newest.title.value.slice(0, 30));
    expect(lines[2]).toContain(MEETING_TYPE_LABELS[newest.type.value].slice(0, 12));
    expect(ui.frame()).toContain(`${dataset.meetings.length} of ${dataset.meetings.length} briefings`);
    expect(ui.frame()).toContain("/ filter");
  });

  it("filters as you type, shows the count, and esc clears the filter", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    const speaker = record.speakers.find((s) => s.person)!.person!.familyName!;
    const expected = filterRows(briefingRows(dataset), { query: speaker });
    expect(expected.map((r) => r.id)).toContain(SEED_ID);
    await ui.press("/", "type to filter");
    await ui.press(speaker.toLowerCase(), `/${speaker.toLowerCase()}`);
    expect(ui.frame()).toContain(`${expected.length} of ${dataset.meetings.length} briefings`);
    expect(ui.frame()).toContain(seed.title.value.slice(0, 30));
    await ui.press("zzq", `0 of ${dataset.meetings.length} briefings`);
    expect(ui.frame()).toContain("No briefings match");
    await ui.press(KEYS.escape, `${dataset.meetings.length} of ${dataset.meetings.length} briefings`);
    // The whole list is back, from the newest briefing.
    expect(ui.frame()).toContain(briefingRows(dataset)[0]!.title.slice(0, 30));
  });

  it("backspace edits the filter; typed keys such as q and j go to the filter, not to navigation", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press(["/", "q", "j"], "/qj");
    await ui.press(KEYS.backspace, /\/q▏/);
    await ui.press(["x", "x"], /\/qxx▏/);
    expect(filterRows(briefingRows(dataset), { query: "qxx" })).toEqual([]);
    // Nothing matches, so enter opens nothing: it keeps the filter.
    await ui.press(KEYS.enter, "/ filter");
    expect(ui.frame()).toContain("/qxx");
  });

  it("enter on the highlighted row opens the briefing found with / in one press; back on the list, the filter is still there", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    const query = "skellett";
    const found = filterRows(briefingRows(dataset), { query });
    expect(found[0]?.id).toBe(SEED_ID);
    await ui.press("/", "type to filter");
    await ui.press(query, `${found.length} of ${dataset.meetings.length} briefings`);
    await ui.press(KEYS.enter, "Briefing · Overview");
    expect(ui.frame()).toContain(seed.title.value.slice(0, 60));
    await ui.press(KEYS.escape, "/ filter");
    expect(ui.frame()).toContain(`${found.length} of ${dataset.meetings.length} briefings · all years · all types · /${query}`);
    expect(ui.frame()).toContain(seed.title.value.slice(0, 30));
  });

  it("/, a query and enter typed at once, before the filter's index is built, open the match (CI once saw the list stay)", async () => {
    // Enough briefings that the index is built in many steps after the first frame; the query matches
    // only the oldest briefing, the last one indexed.
    const many = sanitizeDataset(generateDataset({ briefings: 3000 }));
    const rows = briefingRows(many);
    const oldest = rows.at(-1)!;
    const found = filterRows(rows, { query: oldest.date });
    expect(found.map((r) => r.id)).toEqual([oldest.id]);
    // Prepared in steps, as the command line does with a file.
    const app = render(<App dataset={prepareDataset(many)} width={100} height={30} color={false} />);
    instances.push(app);
    const frame = () => app.lastFrame() ?? "";
    expect(frame()).toContain("briefings ·");
    // (After a few turns of the event loop: Ink reads keys once its input hook is subscribed.)
    await delay(20);
    app.stdin.write(`/${oldest.date}\r`);
    await until(() => frame().includes("Briefing · Overview"), frame);
    expect(frame()).toContain(`Date: ${oldest.date}`);
  });

  it("while typing, ↓ moves the highlight and enter opens that row", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    const query = "countering";
    const found = filterRows(briefingRows(dataset), { query });
    expect(found.length).toBeGreaterThan(1);
    await ui.press("/", "type to filter");
    await ui.press(query, `${found.length} of ${dataset.meetings.length} briefings`);
    await ui.press(KEYS.down);
    await ui.press(KEYS.enter, "Briefing · Overview");
    expect(ui.frame()).toContain(`Date: ${found[1]!.date}`);
  });

  it("y cycles the year and t the type, and the list follows", async () => {
    const rows = briefingRows(dataset);
    const years = yearsOf(rows);
    const types = typesOf(rows);
    const ui = start();
    await until(() => ui.frame().includes("all years"), ui.frame);
    await ui.press("y", `year ${years[0]}`);
    const inYear = filterRows(rows, { query: "", year: years[0] });
    expect(ui.frame()).toContain(`${inYear.length} of ${rows.length} briefings`);
    for (const r of rows) if (r.year !== years[0]) expect(ui.frame()).not.toContain(r.title.slice(0, 40));
    for (let i = 1; i < years.length; i++) await ui.press("y", `year ${years[i]}`);
    await ui.press("y", "all years");
    const label = MEETING_TYPE_LABELS[types[0] as keyof typeof MEETING_TYPE_LABELS];
    await ui.press("t", `· ${label}`);
    expect(ui.frame()).toContain(`${filterRows(rows, { query: "", type: types[0] }).length} of ${rows.length} briefings`);
    await ui.press(KEYS.escape, "all types");
  });

  it("degrades to 40 columns: no line wider than the terminal, the title still shown", async () => {
    const ui = start({ width: 40, height: 12 });
    await until(() => ui.frame().includes(newest.dates.value.start), ui.frame);
    for (const line of ui.frame().split("\n")) expect([...line].length).toBeLessThanOrEqual(40);
    expect(ui.frame()).toContain(newest.title.value.slice(0, 10));
  });
});

describe("briefing screen", () => {
  it("shows the overview and, section after section, speakers with roles, quotes, figures, media and corrections", async () => {
    const ui = await openSeed();
    expect(ui.frame()).toContain(seed.title.value.slice(0, 60));
    expect(ui.frame()).toContain(`Date: ${seed.dates.value.start}`);
    // Walk the whole document with page down, collecting what was shown.
    const seen = await ui.walk(KEYS.pageDown);
    for (const s of record.speakers) expect(seen, s.name).toContain(s.name);
    for (const s of record.speakers) for (const r of s.roles) expect(seen).toContain(r.titleAsStated.slice(0, 40));
    expect(seen).toContain(`(${CAPACITY_LABELS.chair})`);
    for (const q of record.quotes) expect(seen, q.text).toContain(q.text.split(" ").slice(0, 6).join(" "));
    for (const f of record.figures) expect(seen, f.asStated).toContain(f.asStated);
    for (const o of record.organizations) expect(seen, o.name).toContain(o.name.slice(0, 30));
    for (const m of seed.media) expect(seen).toContain(m.label);
    if (seed.media.some((m) => m.status === "target-lost")) expect(seen).toContain("LOST");
    const corrections = dataset.corrections.filter((c) => seed.sources.includes(c.source));
    for (const c of corrections) expect(seen).toContain(`Correction, ${c.kind.replace(/-/g, " ")}`);
    expect(seen).toContain("→");
    for (const name of ["Programme", "Speakers", "Statements and quotes", "Figures", "Organizations", "Media", "Sources and corrections"]) expect(seen).toContain(name);
  });

  it("the seed's speakers are all there, the unnamed acting Chair included", async () => {
    const ui = await openSeed();
    await ui.press([KEYS.tab, KEYS.tab], "Briefing · Speakers");
    const seen = await ui.walk("j", 8);
    for (const name of ["Gustavo Meza-Cuadra", "Vladimir Voronkov", "Weixiong Chen", "Rebecca Skellett", "David Tessler", "acting CTC Chair"]) expect(seen).toContain(name);
  });

  it("tab and shift-tab move between sections; g and G go to the ends", async () => {
    const ui = await openSeed();
    await ui.press(KEYS.tab, "Briefing · Programme");
    await ui.press(KEYS.tab, "Briefing · Speakers");
    await ui.press(KEYS.shiftTab, "Briefing · Programme");
    await ui.press("G", "Briefing · Sources and corrections");
    await ui.press("g", "Briefing · Overview");
    await ui.press(KEYS.shiftTab, "Briefing · Sources and corrections");
  });

  it("wraps long text to the width: no line is wider than the terminal", async () => {
    const ui = start({ width: 50, height: 20 });
    await until(() => ui.frame().includes(newest.dates.value.start), ui.frame);
    await ui.press("j".repeat(seedRow));
    await ui.press(KEYS.enter, "Briefing · Overview");
    for (let i = 0; i < 10; i++) {
      for (const line of ui.frame().split("\n")) expect([...line].length).toBeLessThanOrEqual(50);
      await ui.press(KEYS.pageDown);
    }
  });
});

describe("evidence on a key", () => {
  it("says which key shows a fact's sources in a status line that is whole at 110 columns, and cut with … when narrower", async () => {
    for (const [width, status] of [
      [110, "Briefing · Overview · press e for its sources"],
      [30, "Briefing · Overview · press e…"],
    ] as const) {
      const ui = start({ width, initialState: navigate(initialNavState(), { type: "open", target: { kind: "meeting", id: seed.id } }) });
      await until(() => ui.frame().includes("Overview"), ui.frame);
      expect(ui.frame().split("\n")[1]!.trimEnd()).toBe(status);
    }
  });


  it("marks each fact with the numbers of its sources, and e shows them: kind, locator, title and the words in context", async () => {
    const ui = await openSeed();
    const span = seed.title.evidence.find((e) => e.kind === "span")!;
    // The title is selected first: its marker is on screen, its evidence is not.
    expect(ui.frame()).toMatch(new RegExp(`\\[1,2\\]`));
    expect(ui.frame()).toContain("press e for its sources");
    expect(ui.frame()).not.toContain(`characters ${span.start}–${span.end}`);
    await ui.press("e", "· sources");
    const shown = ui.frame();
    expect(shown).toContain(`[1] Press release · characters ${span.start}–${span.end}`);
    expect(shown).toContain(`«${span.exact.slice(0, 30)}`);
    expect(shown).toContain("[2] UN Web TV page");
    expect(shown).toContain("e or esc close");
    // "Briefing · Overview" is on screen with the sources open too ("… · Overview · sources"): wait for them to go.
    await ui.press(KEYS.escape, "· sources", true);
    expect(ui.frame()).toContain("Briefing · Overview");
    expect(ui.frame()).not.toContain(`characters ${span.start}–${span.end}`);
    // And again with e, which closes it too.
    await ui.press("e", "· sources");
    await ui.press("e", "· sources", true);
    expect(ui.frame()).toContain("Briefing · Overview");
  });

  it("shows the sources of the item selected: a quote's passage", async () => {
    const ui = await openSeed();
    const quote = record.quotes[0]!;
    await ui.walk("j", 1);
    // One step at a time (walk waits for each frame), so a slow render never lets the presses run past the quote.
    for (let i = 0; i < 80 && !(ui.frame().split("\n").find((l) => l.startsWith("▌ ") || l.startsWith("▶ ")) ?? "").includes(quote.text.slice(0, 20)); i++) await ui.walk("j", 1);
    await ui.press("e", "· sources");
    const span = quote.evidence[0]!;
    expect(span.kind).toBe("span");
    if (span.kind === "span") expect(ui.frame().replace(/\s+/g, " ")).toContain(`«${span.exact.slice(0, 40)}`);
  });
});

describe("drill-down and the way back", () => {
  it("enter on a speaker opens the person (roles, appearances, quotes); esc goes back to the same place", async () => {
    const ui = await openSeed();
    const speaker = record.speakers.find((s) => s.person && personQuotes(dataset, s.person.id).length > 0)!;
    await ui.press(KEYS.tab);
    await ui.press(KEYS.tab, "Briefing · Speakers");
    for (let i = 0; i < 10 && !/▶ .*/.test(ui.frame().split("\n").find((l) => l.includes(speaker.name)) ?? ""); i++) await ui.walk("j", 1);
    await ui.press(KEYS.enter, `Person · Person`);
    expect(ui.frame()).toContain(`briefings · Briefings › ${seed.dates.value.start} › ${speaker.name}`);
    const seen = await ui.walk(KEYS.pageDown);
    for (const name of ["Roles", "Appearances", "Quotes"]) expect(seen).toContain(name);
    expect(seen).toContain(speaker.roles[0]!.titleAsStated.slice(0, 40));
    for (const a of personAppearances(dataset, speaker.person!.id)) expect(seen).toContain(a.meeting.dates.value.start);
    for (const q of personQuotes(dataset, speaker.person!.id)) expect(seen).toContain(q.text.split(" ").slice(0, 5).join(" "));
    await ui.press(KEYS.escape, "Briefing · Speakers");
    expect(ui.frame()).toMatch(new RegExp(`▶ ${speaker.name}`));
    await ui.press(KEYS.backspace, "/ filter");
  });

  it("from an organization to its meetings, and from there to the briefing", async () => {
    const ui = await openSeed();
    const convener = getOrganization(dataset, seed.organizers[0]!.organization)!;
    await ui.press("j", "Convened by");
    for (let i = 0; i < 10 && !ui.frame().includes(`▶ Convened by`); i++) await ui.walk("j", 1);
    await ui.press(KEYS.enter, "Organization · Organization");
    expect(ui.frame()).toContain(convener.name);
    await ui.press(KEYS.tab, "Organization · ");
    const seen = await ui.walk(KEYS.pageDown);
    for (const m of organizationMeetings(dataset, convener.id)) expect(seen).toContain(m.meeting.dates.value.start);
    await ui.press("g");
    await ui.press(KEYS.escape, "Briefing · Overview");
    await ui.press(KEYS.escape, "/ filter");
  });

  it("starts from a given state, as a deep link would", async () => {
    const state = navigate(initialNavState(), { type: "open", target: { kind: "organization", id: record.organizations[0]!.id } });
    const ui = start({ initialState: state });
    await until(() => ui.frame().includes("Organization ·"), ui.frame);
    expect(ui.frame()).toContain(record.organizations[0]!.name);
  });

  it("an unknown id shows a message, not a crash", async () => {
    const ui = start({ initialState: navigate(initialNavState(), { type: "open", target: { kind: "person", id: "nobody" } }) });
    await until(() => ui.frame().includes("No person with id nobody"), ui.frame);
  });
});

describe("help overlay and quitting", () => {
  it("? lists every key; esc closes it", async () => {
    const ui = start();
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press("?", "Help");
    for (const k of ["PgUp", "PgDn", "tab / shift-tab", "esc / backspace", "q / ctrl-c", "cycle the year", "cycle the meeting type"]) expect(ui.frame()).toContain(k);
    await ui.press(KEYS.escape, "/ filter");
  });

  it("q quits (the app unmounts)", async () => {
    let exited = false;
    const ui = start({ onUnmount: () => (exited = true) });
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press("j");
    expect(exited).toBe(false);
    ui.app.stdin.write("q");
    await until(() => exited, ui.frame);
  });

  it("ctrl-c quits from the filter input too", async () => {
    let exited = false;
    const ui = start({ onUnmount: () => (exited = true) });
    await until(() => ui.frame().includes("briefings ·"), ui.frame);
    await ui.press("/", "type to filter");
    expect(exited).toBe(false);
    ui.app.stdin.write(KEYS.ctrlC);
    await until(() => exited, ui.frame);
  });
});

describe("layout follows the terminal", () => {
  it("redraws to a new size", async () => {
    const ui = start({ width: 100, height: 30 });
    await until(() => ui.frame().includes(newest.dates.value.start), ui.frame);
    ui.app.rerender(<App dataset={safeSeed} width={40} height={10} color={false} />);
    await until(() => ui.frame().split("\n").every((l) => [...l].length <= 40), ui.frame);
    expect(ui.frame().split("\n").length).toBeLessThanOrEqual(10);
  });
});
