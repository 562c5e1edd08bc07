import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schemas/dataset";
import { archiveIntegrity } from "./archive-integrity";
import { copyOfDataset, copyOfSeed, problem } from "../../../test/rule-helpers";

const RULE = "archive-integrity";
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The seed and the index of its archived source (the press release, which holds CJK text). */
function seed(): [Dataset, number] {
  const d = copyOfSeed();
  return [d, d.sources.findIndex((s) => s.archive)];
}

describe("archive-integrity", () => {
  it("accepts the curated dataset and the seed, whose archive has more bytes than UTF-16 units", () => {
    expect(archiveIntegrity.check(copyOfDataset())).toStrictEqual([]);
    const [d, i] = seed();
    expect(archiveIntegrity.id).toBe(RULE);
    const archive = d.sources[i]!.archive!;
    expect(archive.bytes).toBeGreaterThan(archive.text.length);
    expect(archiveIntegrity.check(d)).toStrictEqual([]);
  });

  it("reports an archived text changed after it was hashed, at its hash (same byte length)", () => {
    const [d, i] = seed();
    const archive = d.sources[i]!.archive!;
    const recorded = archive.sha256;
    archive.text = archive.text.replace("27 June", "28 June");
    expect(archiveIntegrity.check(d)).toStrictEqual([problem(RULE, ["sources", i, "archive", "sha256"], `the archived text hashes to ${sha256(archive.text)}, not to the recorded ${recorded}`)]);
  });

  it("reports a recorded byte length that is not the text's, counting UTF-8 bytes", () => {
    const [d, i] = seed();
    const archive = d.sources[i]!.archive!;
    const bytes = archive.bytes;
    archive.bytes = bytes + 1;
    expect(archiveIntegrity.check(d)).toStrictEqual([problem(RULE, ["sources", i, "archive", "bytes"], `the archived text is ${bytes} bytes, not the recorded ${bytes + 1}`)]);
    archive.bytes = archive.text.length;
    expect(archiveIntegrity.check(d)).toStrictEqual([problem(RULE, ["sources", i, "archive", "bytes"], `the archived text is ${bytes} bytes, not the recorded ${archive.text.length}`)]);
  });

  it("reports both the hash and the byte length of a text that grew, in that order", () => {
    const [d, i] = seed();
    const archive = d.sources[i]!.archive!;
    const { bytes, sha256: recorded } = archive;
    archive.text += "😀"; // four more bytes, two more UTF-16 units
    expect(archiveIntegrity.check(d)).toStrictEqual([
      problem(RULE, ["sources", i, "archive", "sha256"], `the archived text hashes to ${sha256(archive.text)}, not to the recorded ${recorded}`),
      problem(RULE, ["sources", i, "archive", "bytes"], `the archived text is ${bytes + 4} bytes, not the recorded ${bytes}`),
    ]);
  });

  it("checks every archived source, at its own index", () => {
    const [d, i] = seed();
    const text = "a synthetic text 😀";
    d.sources.push({ ...structuredClone(d.sources[i]!), id: "synthetic-second", archive: { ...d.sources[i]!.archive!, text, sha256: sha256(text), bytes: 21 } });
    expect(archiveIntegrity.check(d)).toStrictEqual([]);
    d.sources.at(-1)!.archive!.bytes = 20;
    expect(archiveIntegrity.check(d)).toStrictEqual([problem(RULE, ["sources", d.sources.length - 1, "archive", "bytes"], "the archived text is 21 bytes, not the recorded 20")]);
  });
});
