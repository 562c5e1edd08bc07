import { dataset, meetingsByDate, searchDataset, getMeeting } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { listCommand, searchCommand, showCommand } from "./commands";
import { sanitizeDataset } from "./lib/sanitize";

const safe = sanitizeDataset(dataset);

describe("list", () => {
  it("prints every briefing newest first, with its id and a count", () => {
    const r = listCommand(safe, {});
    const ids = meetingsByDate(dataset).map((m) => m.id);
    const positions = ids.map((id) => r.stdout.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(r.stdout).toContain(`${ids.length} briefing`);
  });

  it("cuts titles to the terminal width only when there is one", () => {
    const long = meetingsByDate(dataset).find((m) => m.title.value.length > 60)!;
    expect(listCommand(safe, {}).stdout).toContain(long.title.value);
    expect(listCommand(safe, { width: 80 }).stdout).not.toContain(long.title.value);
  });
});

describe("show", () => {
  it("prints a person and an organization by id too", () => {
    const person = dataset.people[0]!;
    expect(showCommand(safe, person.id, {}).stdout).toContain(person.name);
    const org = dataset.organizations[0]!;
    expect(showCommand(safe, org.id, {}).stdout).toContain(org.name);
  });

  it("prints a briefing's facts with the numbers of their sources, and the numbered sources at the end", () => {
    const seed = getMeeting(dataset, "2019-06-27-protection-of-soft-targets")!;
    const span = seed.title.evidence.find((e) => e.kind === "span")!;
    const out = showCommand(safe, seed.id, { width: 100 }).stdout;
    const [body, sources] = out.split("\nSources\n");
    expect(body).toContain(`${seed.title.value} [1,2]`);
    expect(sources).toContain(`[1] Press release · characters ${span.start}–${span.end}`);
    expect(sources!.replace(/\s+/g, " ")).toContain(`«${span.exact}»`);
  });

  it("wraps to the width", () => {
    const r = showCommand(safe, dataset.meetings[0]!.id, { width: 60 });
    expect(r.stdout.split("\n").every((l) => [...l].length <= 60)).toBe(true);
  });
});

describe("search", () => {
  it("prints the same hits as the core search, in order", () => {
    const words = [dataset.people[1]!.familyName ?? dataset.people[1]!.name];
    const json = JSON.parse(searchCommand(safe, words, { json: true }).stdout) as { id: string }[];
    expect(json.map((h) => h.id)).toEqual(searchDataset(dataset, words.join(" ")).map((h) => h.document.id));
  });

  it("says so when nothing matches", () => {
    expect(searchCommand(safe, ["zzqqxx"], {}).stdout).toContain("No matches");
    expect(searchCommand(safe, ["zzqqxx"], { json: true }).stdout.trim()).toBe("[]");
  });
});
