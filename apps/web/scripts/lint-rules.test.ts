// The workspace's lint rule for consumers (web, terminal): records are found through core's lookup, never by
// scanning an array for an id. This checks that the rule fires where it should, and only there.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import consumer from "@briefings/eslint-config/consumer";

const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: consumer });
const lint = async (code: string) => (await eslint.lintText(code))[0]!.messages.map((m) => m.message);

describe("no search by id outside core", () => {
  it.each([
    "dataset.meetings.find((m) => m.id === id);",
    "dataset.people.findIndex((p) => p.id === id);",
    "d.organizations.some((o) => o.id === id);",
    "record.sources.filter((s) => s.id === id);",
  ])("flags %s", async (code) => {
    const messages = await lint(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/use core's lookup/);
  });

  it.each([
    "getMeeting(dataset, id);",
    "lookup(dataset).person.get(id);",
    "record.quotes.filter((q) => q.statement === s.id);",
    "speakers.filter((p) => p.participation.session === s.id);",
    "dataset.sources.find((s) => s.archive !== undefined);",
  ])("lets %s through", async (code) => {
    expect(await lint(code)).toEqual([]);
  });

  it("still refuses focused and skipped tests", async () => {
    expect(await lint("it.only('x', () => {});")).toEqual(["Focused or skipped tests hide failures."]);
  });
});
