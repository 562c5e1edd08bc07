import type { Metadata } from "next";
import { DataView } from "../../src/components/data-view";
import { getDataset } from "../../src/lib/data";
import { loadLibraryPackages } from "../../src/lib/library";
import { siteOrigin } from "../../src/lib/schema-org";

export const metadata: Metadata = { title: "Data" };

/** How to cite, licence, downloads and the library's tarballs. */
export default function DataPage() {
  return <DataView dataset={getDataset()} packages={loadLibraryPackages()} origin={siteOrigin()} />;
}
