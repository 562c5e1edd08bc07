import type { Metadata } from "next";
import { TimelineView } from "../../src/components/timeline-view";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = {
  title: "Meetings by year",
  description: "Meetings of the Counter-Terrorism Committee and of the Security Council on its work, by year and type.",
};

/** The timeline: meetings by year and type. */
export default function TimelinePage() {
  return <TimelineView dataset={getDataset()} />;
}
