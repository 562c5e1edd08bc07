import type { Metadata } from "next";
import { pageMetadata } from "../../src/lib/page-metadata";
import { DataView } from "../../src/components/data-view";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = pageMetadata({
  title: "Data",
  description: "The data: how to cite the briefings dataset, its licence (CC BY 4.0), and every download (JSON, NDJSON, CSV, JSON-LD, Popolo, SQLite).",
  path: "/data/",
  type: "website",
});

/** How to cite, licence and downloads. */
export default function DataPage() {
  return <DataView dataset={getDataset()} />;
}
