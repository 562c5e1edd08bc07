import { buildSearchIndex, searchDocuments } from "@briefings/core";
import { getDataset } from "../../src/lib/data";

export const dynamic = "force-static";

/** The prebuilt search index, written to out/search-index.json at build time and fetched when a reader searches. */
export function GET() {
  return Response.json(buildSearchIndex(searchDocuments(getDataset())));
}
