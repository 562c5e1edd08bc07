// One whole briefing: a thin composition of its sections (src/components/briefing/), each of which numbers its own
// sources and ends with their list.
import { meetingRecord, recordCitation } from "@briefings/core";
import { briefingJsonLd, siteOrigin } from "../lib/schema-org";
import { DocumentsSection, OrganizationsSection } from "./briefing/organizations-section";
import { FiguresSection } from "./briefing/figures-section";
import { MediaSection } from "./briefing/media-section";
import { BriefingOverview } from "./briefing/overview";
import { ProgrammeSection } from "./briefing/programme-section";
import { CuratorNotesSection, RelatedSection } from "./briefing/related-section";
import { SourcesSection } from "./briefing/sources-section";
import { SpeakersSection } from "./briefing/speakers-section";
import { StatementsSection } from "./briefing/statements-section";
import { ObjectivesSection } from "./briefing/objectives-section";
import { CiteThisRecord } from "./cite-record";
import { JsonLd } from "./json-ld";
import { ClaimsSection, MentionsSection } from "./briefing-extras";
import { MissingRecord, type RecordViewProps } from "./record-view";

/** Props of `BriefingView`. */
export type BriefingViewProps = RecordViewProps;

/** One whole briefing: facts, programme, speakers, what was said, its sources and corrections, and how to cite it. */
export function BriefingView({ dataset, id }: BriefingViewProps) {
  const record = meetingRecord(dataset, id);
  if (!record) return <MissingRecord kind="briefing" id={id} />;
  const { meeting } = record;
  const origin = siteOrigin();
  const byParticipation = new Map(record.speakers.map((s) => [s.participation.id, s]));
  const speakerOf = (participation: string | undefined) => (participation === undefined ? undefined : byParticipation.get(participation));
  const jsonLd = briefingJsonLd(dataset, id, origin);
  const citation = recordCitation(dataset, "briefing", id, { origin });
  return (
    <article className="briefing">
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <BriefingOverview dataset={dataset} meeting={meeting} />
      <ClaimsSection dataset={dataset} meeting={meeting} />
      <ObjectivesSection dataset={dataset} meeting={meeting} />
      <ProgrammeSection dataset={dataset} record={record} />
      <SpeakersSection dataset={dataset} record={record} />
      <StatementsSection dataset={dataset} record={record} speakerOf={speakerOf} />
      <FiguresSection dataset={dataset} record={record} speakerOf={speakerOf} />
      <OrganizationsSection record={record} />
      <MentionsSection dataset={dataset} meeting={meeting} />
      {/* The end matter, in two columns on a wide screen: the sources and the curators' notes; then media, related records and the citation. */}
      <div className="end-matter">
        <div>
          <DocumentsSection dataset={dataset} meeting={meeting} />
          <SourcesSection dataset={dataset} meeting={meeting} />
          <CuratorNotesSection meeting={meeting} />
        </div>
        <div>
          <MediaSection dataset={dataset} meeting={meeting} />
          <RelatedSection dataset={dataset} meeting={meeting} />
          {citation ? <CiteThisRecord citation={citation} /> : null}
        </div>
      </div>
    </article>
  );
}
