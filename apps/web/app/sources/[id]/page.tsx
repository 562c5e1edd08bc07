import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSource } from "@briefings/core";
import { SourceView } from "../../../src/components/source-view";
import { getDataset } from "../../../src/lib/data";
import { sourceFacts, pageMetadata } from "../../../src/lib/page-metadata";

/** One page per source. */
export function generateStaticParams() {
  return getDataset().sources.map((s) => ({ id: s.id }));
}

export const dynamicParams = false;

/** Props of a source page. */
interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const facts = sourceFacts(getDataset(), decodeURIComponent(id));
  return facts ? pageMetadata(facts) : { title: "Source" };
}

/** A source with its archived text, evidence spans and corrections. */
export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const sourceId = decodeURIComponent(id);
  if (!getSource(dataset, sourceId)) notFound();
  return <SourceView dataset={dataset} id={sourceId} />;
}
