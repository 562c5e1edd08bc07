import type { Metadata } from "next";
import { OrganizationsIndex } from "../../src/components/index-views";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = { title: "Organizations" };

/** Every organization. */
export default function OrganizationsPage() {
  return <OrganizationsIndex dataset={getDataset()} />;
}
