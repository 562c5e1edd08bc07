import type { Metadata } from "next";
import { PeopleIndex } from "../../src/components/index-views";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = { title: "People" };

/** Every person. */
export default function PeoplePage() {
  return <PeopleIndex dataset={getDataset()} />;
}
