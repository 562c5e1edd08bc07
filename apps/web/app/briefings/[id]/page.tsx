import { getMeeting } from "@briefings/core";
import { BriefingView } from "../../../src/components/briefing-view";
import { briefingFacts } from "../../../src/lib/page-metadata";
import { recordPage } from "../../../src/lib/record-page";

const page = recordPage({ records: (d) => d.meetings, get: getMeeting, facts: briefingFacts, fallbackTitle: "Briefing", View: BriefingView });

/** One page per briefing. */
export const generateStaticParams = page.generateStaticParams;

export const dynamicParams = false;

export const generateMetadata = page.generateMetadata;

/** A briefing page. */
export default page.Page;
