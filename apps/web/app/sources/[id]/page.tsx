import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceView } from "../../../src/components/source-view";
import { getDataset } from "../../../src/lib/data";

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
  return { title: getDataset().sources.find((s) => s.id === decodeURIComponent(id))?.title ?? "Source" };
}

/** A source with its archived text, evidence spans and corrections. */
export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const sourceId = decodeURIComponent(id);
  if (!dataset.sources.some((s) => s.id === sourceId)) notFound();
  return <SourceView dataset={dataset} id={sourceId} />;
}
