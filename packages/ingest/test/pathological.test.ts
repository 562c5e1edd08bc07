// Inputs that once made the ingest quadratic (minutes, or a crash): each at the size that was
// reported, under a generous timeout. A catastrophic case never finishes; a linear one takes
// seconds. No timing is asserted: `pnpm bench` reports their time per KB at two sizes.
import { describe, expect, it } from "vitest";
import { ingestText } from "../src";
import { PATHOLOGICAL } from "./pathological.mjs";

const TIMEOUT = 180_000;

describe("pathological inputs finish (every expression applied to input is linear)", () => {
  for (const c of PATHOLOGICAL) {
    it(
      `${c.name}: ${c.why}`,
      () => {
        const text = c.make(c.full);
        const out = ingestText(text, { retrieved: "2026-01-01" });
        // Accepted or refused with a reason, never a crash.
        if (out.ok) expect(out.result.repairedText.length).toBeGreaterThan(0);
        else expect(out.error.message.length).toBeGreaterThan(0);
      },
      TIMEOUT,
    );
  }
});
