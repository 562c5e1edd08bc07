import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPerson } from "@briefings/core";
import { PersonView } from "../../../src/components/person-view";
import { getDataset } from "../../../src/lib/data";
import { personFacts, pageMetadata } from "../../../src/lib/page-metadata";

/** One page per person. */
export function generateStaticParams() {
  return getDataset().people.map((p) => ({ id: p.id }));
}

export const dynamicParams = false;

/** Props of a person page. */
interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const facts = personFacts(getDataset(), decodeURIComponent(id));
  return facts ? pageMetadata(facts) : { title: "Person" };
}

/** A person's page. */
export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const personId = decodeURIComponent(id);
  if (!getPerson(dataset, personId)) notFound();
  return <PersonView dataset={dataset} id={personId} />;
}
