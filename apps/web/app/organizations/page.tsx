import type { Metadata } from "next";
import { pageMetadata } from "../../src/lib/page-metadata";
import { OrganizationsIndex } from "../../src/components/index-views";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = pageMetadata({
  title: "Organizations",
  description: "Every organization in the briefings dataset: conveners, United Nations entities, Member States and the bodies represented at Counter-Terrorism Committee meetings.",
  path: "/organizations/",
  type: "website",
});

/** Every organization. */
export default function OrganizationsPage() {
  return <OrganizationsIndex dataset={getDataset()} />;
}
