import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefingView } from "../../../src/components/briefing-view";
import { getDataset } from "../../../src/lib/data";

/** One page per briefing. */
export function generateStaticParams() {
  return getDataset().meetings.map((m) => ({ id: m.id }));
}

export const dynamicParams = false;

/** Props of a briefing page. */
interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const meeting = getDataset().meetings.find((m) => m.id === decodeURIComponent(id));
  return { title: meeting?.title.value ?? "Briefing", description: meeting?.summary?.value };
}

/** A briefing page. */
export default async function BriefingPage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const meetingId = decodeURIComponent(id);
  if (!dataset.meetings.some((m) => m.id === meetingId)) notFound();
  return <BriefingView dataset={dataset} id={meetingId} />;
}
