import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMeeting } from "@briefings/core";
import { BriefingView } from "../../../src/components/briefing-view";
import { getDataset } from "../../../src/lib/data";
import { briefingFacts, pageMetadata } from "../../../src/lib/page-metadata";

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
  const facts = briefingFacts(getDataset(), decodeURIComponent(id));
  return facts ? pageMetadata(facts) : { title: "Briefing" };
}

/** A briefing page. */
export default async function BriefingPage({ params }: Props) {
  const { id } = await params;
  const dataset = getDataset();
  const meetingId = decodeURIComponent(id);
  if (!getMeeting(dataset, meetingId)) notFound();
  return <BriefingView dataset={dataset} id={meetingId} />;
}
