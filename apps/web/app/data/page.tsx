import type { Metadata } from "next";
import { DataView } from "../../src/components/data-view";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = { title: "Data" };

/** How to cite, licence and downloads. */
export default function DataPage() {
  return <DataView dataset={getDataset()} />;
}
