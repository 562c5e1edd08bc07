// The built binary without a terminal: subcommands, --json, --help, --version, errors, --data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset, meetingsByDate } from "@briefings/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import corePkg from "@briefings/core/package.json";
import pkg from "../package.json";
import { FORBIDDEN, PAYLOAD, hostileDataset, validHostileDataset } from "./fixtures";
import { CLI, requireBuild, runCli } from "./binary";

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = mkdtempSync(join(tmpdir(), "briefings-tui-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("briefings ingest (the curators' command, delegated to @briefings/ingest)", () => {
  const original = fileURLToPath(new URL("../../../packages/core/data/sources/ctc-2019-06-27-soft-targets-press-release.txt", import.meta.url));

  it("drafts a record from the seed press release, with its quotes", () => {
    const seed = write("seed.txt", readFileSync(original, "utf8"));
    const r = runCli(["ingest", seed, "--json"]);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as { draft: { quotes: { text: string }[] } };
    expect(result.draft.quotes.map((q) => q.text).sort()).toEqual(dataset.quotes.filter((q) => q.meeting === dataset.meetings[0]!.id).map((q) => q.text).sort());
  });

  it("refuses empty input with a clear message and exit 1", () => {
    const r = runCli(["ingest", write("empty.txt", "")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty/i);
  });
});

describe("briefings (no terminal)", () => {
  it("stops quietly when the reader closes the pipe early (briefings list | head)", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" search the --json | head -c 10 >/dev/null`], { encoding: "utf8", env: { ...process.env, BRIEFINGS_DATASET: "" } });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it("prints the list instead of starting the full-screen UI", () => {
    const r = runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\x1b[?1049h");
    expect(r.stdout).toContain(meetingsByDate(dataset)[0]!.title.value);
    expect(r.stdout).toContain(`${dataset.meetings.length} briefings`);
  });

  it("--help and --version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const s of ["list", "show <id>", "search <words...>", "--json", "NO_COLOR"]) expect(help.stdout).toContain(s);
    const version = runCli(["--version"]);
    // The program's version, then the data's and the library's: code and data are versioned apart.
    expect(version.stdout).toBe(`briefings ${pkg.version} (data ${dataset.version} · @briefings/core ${corePkg.version})\n`);
  });

  it("runs as the bin runs, through its shebang, with node's larger young generation", () => {
    // The bench starts the UI this way too: the keypress figures depend on the flag (see tsup.config.ts).
    expect(readFileSync(CLI, "utf8").split("\n", 1)[0]).toBe("#!/usr/bin/env -S node --max-semi-space-size=64");
    const direct = spawnSync(CLI, ["--version"], { encoding: "utf8", timeout: 20_000 });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(runCli(["--version"]).stdout);
  });

  it(`${CLI.split("/").slice(-2).join("/")} list --json is every briefing, newest first`, () => {
    const r = runCli(["list", "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; date: string; type: string; title: string }[];
    expect(rows.map((x) => x.id)).toEqual(meetingsByDate(dataset).map((m) => m.id));
  });

  it("list --year and --type filter; bad values are usage errors", () => {
    const year = meetingsByDate(dataset)[0]!.dates.value.start.slice(0, 4);
    const r = runCli(["list", "--json", "--year", year]);
    const rows = JSON.parse(r.stdout) as { date: string }[];
    expect(rows.length).toBe(dataset.meetings.filter((m) => m.dates.value.start.startsWith(year)).length);
    expect(runCli(["list", "--year", "twenty"]).code).toBe(2);
    const bad = runCli(["list", "--type", "picnic"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--type must be one of");
  });

  it("show <id> prints the briefing; --json is its record", () => {
    const m = dataset.meetings[0]!;
    const r = runCli(["show", m.id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(m.title.value.split(" ").slice(0, 4).join(" "));
    for (const section of ["Programme", "Speakers", "Sources and corrections"]) expect(r.stdout).toContain(section);
    const json = JSON.parse(runCli(["show", m.id, "--json"]).stdout) as { meeting: { id: string } };
    expect(json.meeting.id).toBe(m.id);
  });

  it("search <words> finds people and quotes; --json is the hits", () => {
    const person = dataset.people[0]!;
    const r = runCli(["search", ...person.name.split(" ")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(person.name);
    const hits = JSON.parse(runCli(["search", person.name, "--json"]).stdout) as { kind: string; id: string }[];
    expect(hits).toContainEqual(expect.objectContaining({ kind: "person", id: person.id }));
  });

  it("unknown ids, commands and flags: a clear message on stderr and a non-zero exit", () => {
    const unknown = runCli(["show", "no-such-briefing"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain('no briefing, person or organization with id "no-such-briefing"');
    const command = runCli(["frobnicate"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "frobnicate"');
    const flag = runCli(["list", "--colour"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("--colour");
    expect(runCli(["show"]).code).toBe(2);
    expect(runCli(["search"]).code).toBe(2);
  });
});

describe("--data and BRIEFINGS_DATASET", () => {
  it("browse another valid dataset file", () => {
    const d = structuredClone(dataset);
    d.meetings = d.meetings.slice(0, 1);
    const keep = new Set(d.meetings.map((m) => m.id));
    d.participations = d.participations.filter((p) => keep.has(p.meeting));
    d.statements = d.statements.filter((s) => keep.has(s.meeting));
    d.quotes = d.quotes.filter((q) => keep.has(q.meeting));
    d.figures = d.figures.filter((f) => keep.has(f.meeting));
    const file = write("one.json", JSON.stringify(d));
    const r = runCli(["list", "--json", "--data", file]);
    expect(r.stderr).toBe("");
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect((JSON.parse(runCli(["list", "--json"], { BRIEFINGS_DATASET: file }).stdout) as unknown[]).length).toBe(1);
  });

  it("a valid file that omits fields with defaults reads the same on every run (the second run crashed)", () => {
    const d = structuredClone(dataset) as unknown as { people: Record<string, unknown>[]; meetings: Record<string, unknown>[] };
    for (const person of d.people) delete person.alternateNames;
    for (const meeting of d.meetings) delete meeting.alternateTitles;
    const file = write("sparse.json", JSON.stringify(d));
    for (const args of [["list"], ["search", "skellett"]]) {
      const first = runCli([...args, "--data", file]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      const second = runCli([...args, "--data", file]);
      expect(second.stderr).toBe("");
      expect(second.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it("an invalid file: every problem with its path, exit 1", () => {
    const d = structuredClone(dataset) as unknown as { meetings: { title: { value: unknown }; dates: unknown }[] };
    d.meetings[0]!.title.value = 42;
    d.meetings[1]!.dates = { value: { start: "2020-02-30", end: "2020-02-30" }, evidence: [] };
    const file = write("bad.json", JSON.stringify(d));
    const r = runCli(["list", "--data", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("is not a valid dataset");
    expect(r.stderr).toContain("meetings[0].title.value");
    expect(r.stderr).toContain("meetings[1].dates");
  });

  it("a missing file or broken JSON: a clear message, exit 1", () => {
    const missing = runCli(["list", "--data", join(dir, "nope.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file");
    const broken = runCli(["list", "--data", write("broken.json", "{ not json")]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+ {2}invalid JSON/);
  });

  it("a hostile invalid file: the problems are listed, but no control sequence reaches the terminal", () => {
    const r = runCli(["list", "--data", write("hostile.json", JSON.stringify(hostileDataset()))]);
    expect(r.code).toBe(1);
    // Schema problems (the payload spoils enum values too), each with its path; the messages quote the data.
    // The first 100 are listed, then how many more.
    expect(r.stderr).toMatch(/corrections\[0\]\.kind: .*\[schema\]/);
    expect(r.stderr.split("\n").length).toBeGreaterThan(5);
    expect(r.stderr).toMatch(/and [\d,]+ more problems \(the first 100 are listed\)/);
    expect(FORBIDDEN.test(r.stderr + r.stdout)).toBe(false);
  });

  it("a hostile valid file (control sequences in a raw source text): show, search and --json stay clean", () => {
    const file = write("hostile-valid.json", JSON.stringify(validHostileDataset()));
    const id = validHostileDataset().sources.find((s) => s.archive)!.id;
    const meeting = dataset.meetings.find((m) => m.sources.includes(id))!;
    const show = runCli(["show", meeting.id, "--data", file]);
    expect(show.stderr).toBe("");
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("␛[31mRED");
    const json = runCli(["show", meeting.id, "--json", "--data", file]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { sources: { corrections: { before: string }[] }[] };
    expect(parsed.sources.flatMap((s) => s.corrections).some((c) => c.before.includes("␛]52;"))).toBe(true);
    for (const out of [show.stdout, json.stdout, runCli(["list", "--data", file]).stdout, runCli(["search", "soft", "--json", "--data", file]).stdout]) {
      expect(FORBIDDEN.test(out)).toBe(false);
    }
    expect(PAYLOAD).toContain("\x1b");
  });
});
