import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonView } from "../../../src/components/person-view";
import { getDataset } from "../../../src/lib/data";

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
  return { title: getDataset().people.find((p) => p.id === decodeURIComponent(id))?.name ?? "Person" };
}

/** A person's page. */
export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const personId = decodeURIComponent(id);
  if (!dataset.people.some((p) => p.id === personId)) notFound();
  return <PersonView dataset={dataset} id={personId} />;
}
