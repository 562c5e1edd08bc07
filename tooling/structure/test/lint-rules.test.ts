// The shared lint rule against searching a dataset array by id (issue 14), as every package but core gets it.
import base from "@briefings/eslint-config";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: base });
const lint = async (code: string) => (await eslint.lintText(code, { filePath: "src/x.js" }))[0]!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);

// The first lint loads the parser and every rule: seconds on a loaded machine, more than a test's 5 s default (it timed
// out the first case under load 17). Paid here, once, with room.
beforeAll(() => eslint.lintText("", { filePath: "src/x.js" }), 120_000);

describe("no search of a dataset array by id outside core", () => {
  it.each([
    "dataset.meetings.find((m) => m.id === id);",
    "data.people.findIndex((p) => p.id === id);",
    "d.organizations.some((o) => o.id === id);",
    "options.dataset.sources.find((s) => s.id === id && s.archive);",
    "result.draft.participations.find((p) => p.id == quote.participation);",
  ])("flags %s", async (code) => {
    const messages = await lint(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/dataset array by id.*use core's lookup/);
  });

  it.each([
    "getMeeting(dataset, id);",
    "lookup(dataset).participation.get(id);",
    "dataset.participations.filter((p) => p.meeting === meeting.id);",
    "dataset.meetings.filter((m) => m.id !== id);",
    "dataset.sources.find((s) => s.archive !== undefined);",
    "events.find((e) => e.id === id);",
  ])("lets %s through", async (code) => {
    expect(await lint(code)).toEqual([]);
  });
});

describe("no test that skips itself", () => {
  it.each(['it.skip("x", () => {});', 'describe.only("x", () => {});', 'it.skipIf(!existsSync(f))("x", () => {});', 'test.runIf(process.env.CI)("x", () => {});', 'it.todo("x");'])("flags %s", async (code) => {
    expect(await lint(code)).toEqual(["Focused or skipped tests hide failures."]);
  });

  it("lets a plain test through", async () => {
    expect(await lint('it("x", () => {});')).toEqual([]);
  });
});
