import { getRawDataset } from "../../../src/lib/data";

export const dynamic = "force-static";

/** The whole dataset as JSON, written to out/data/briefings.json at build time. */
export function GET() {
  return new Response(`${JSON.stringify(getRawDataset(), null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
}
