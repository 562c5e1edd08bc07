import type { Metadata } from "next";
import { pageMetadata } from "../../src/lib/page-metadata";
import { DataView } from "../../src/components/data-view";
import { getDataset } from "../../src/lib/data";
import { loadLibraryPackages } from "../../src/lib/library";
import { siteOrigin } from "../../src/lib/schema-org";

export const metadata: Metadata = pageMetadata({
  title: "Data",
  description: "The data: how to cite the briefings dataset, its licence (CC BY 4.0), and every download (JSON, NDJSON, CSV, JSON-LD, Popolo, SQLite).",
  path: "/data/",
  type: "website",
});

/** How to cite, licence, downloads and the library's tarballs. */
export default function DataPage() {
  return <DataView dataset={getDataset()} packages={loadLibraryPackages()} origin={siteOrigin()} />;
}
