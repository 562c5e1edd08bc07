import { createHash } from "node:crypto";
import type { Problem, Rule } from "../problem";

/** An archived text is the one whose hash was recorded: the raw bytes are unchanged. */
export const archiveIntegrity: Rule = {
  id: "archive-integrity",
  description: "Every archived text hashes to its recorded SHA-256 and byte length.",
  check(dataset) {
    const problems: Problem[] = [];
    dataset.sources.forEach((source, i) => {
      if (!source.archive) return;
      // Hashed and measured as UTF-8 straight from the string (no copy of the text).
      const sha256 = createHash("sha256").update(source.archive.text, "utf8").digest("hex");
      const bytes = Buffer.byteLength(source.archive.text, "utf8");
      if (sha256 !== source.archive.sha256) {
        problems.push({ rule: this.id, path: ["sources", i, "archive", "sha256"], message: `the archived text hashes to ${sha256}, not to the recorded ${source.archive.sha256}` });
      }
      if (bytes !== source.archive.bytes) {
        problems.push({ rule: this.id, path: ["sources", i, "archive", "bytes"], message: `the archived text is ${bytes} bytes, not the recorded ${source.archive.bytes}` });
      }
    });
    return problems;
  },
};
