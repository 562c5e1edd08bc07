import { dataset } from "@briefings/core";
import { describe, expect, it } from "vitest";
import { curatedRows } from "./curated-rows";
import { listRows } from "./lib/list-rows";

describe("curatedRows", () => {
  it("are the curated dataset's list rows, newest first (what the build records for the first frame)", () => {
    expect(curatedRows()).toEqual(listRows(dataset));
    expect(curatedRows()).toHaveLength(dataset.meetings.length);
  });
});
