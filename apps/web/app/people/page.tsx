import type { Metadata } from "next";
import { pageMetadata } from "../../src/lib/page-metadata";
import { PeopleIndex } from "../../src/components/index-views";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = pageMetadata({
  title: "People",
  description: "Everyone who spoke at or chaired a Counter-Terrorism Committee meeting in the dataset, with their posts over time.",
  path: "/people/",
  type: "website",
});

/** Every person. */
export default function PeoplePage() {
  return <PeopleIndex dataset={getDataset()} />;
}
