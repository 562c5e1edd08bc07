import { describe, expect, it } from "vitest";
import { safeSeed } from "../../test/helpers";
import { briefingRows } from "./filter";
import { listRows } from "./list-rows";

describe("listRows", () => {
  it("has the filter's rows, in the same order, without the words they are found by", () => {
    const rows = listRows(safeSeed);
    expect(rows.length).toBe(safeSeed.meetings.length);
    expect(rows).toEqual(briefingRows(safeSeed).map(({ text: _text, ...row }) => row));
  });
});
