import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "../../../../src/components/home-view";
import { StaticSubtree } from "../../../../src/components/static-subtree";
import { getDataset } from "../../../../src/lib/data";
import { FACETS, FACET_LABELS, facetLabel, facetValues, isFacet } from "../../../../src/lib/filters";

/** One pre-rendered page per value of each facet, so filters work without JavaScript. */
export function generateStaticParams() {
  const dataset = getDataset();
  return FACETS.flatMap((facet) => facetValues(dataset, facet).map((v) => ({ facet, value: v.value })));
}

export const dynamicParams = false;

/** Props of a filter page. */
interface Props {
  params: Promise<{ facet: string; value: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { facet, value } = await params;
  if (!isFacet(facet)) return {};
  return { title: `${FACET_LABELS[facet]}: ${facetLabel(getDataset(), facet, decodeURIComponent(value))}` };
}

/** The briefings with one value of one facet. */
export default async function BrowsePage({ params }: Props) {
  const { facet, value } = await params;
  if (!isFacet(facet)) notFound();
  return (
    <StaticSubtree>
      <HomeView dataset={getDataset()} filter={{ facet, value: decodeURIComponent(value) }} />
    </StaticSubtree>
  );
}
