import { describe, expect, it } from "vitest";
import { archiveIntegrity } from "./archive-integrity";
import { copyOfDataset } from "../../../test/rule-helpers";

describe("archive-integrity", () => {
  it("accepts the curated dataset", () => {
    expect(archiveIntegrity.check(copyOfDataset())).toEqual([]);
  });

  it("reports an archived text changed after it was hashed", () => {
    const d = copyOfDataset();
    const i = d.sources.findIndex((s) => s.archive);
    d.sources[i]!.archive!.text = d.sources[i]!.archive!.text.replace("27 June", "28 June");
    expect(archiveIntegrity.check(d).map((p) => p.path)).toEqual([["sources", i, "archive", "sha256"]]);
  });
});
