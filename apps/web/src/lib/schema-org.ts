// schema.org JSON-LD of a briefing: an Event with its sessions as subEvents, its organizers and performers.
import { MEETING_TYPE_LABELS, meetingRecord } from "@briefings/core";
import type { Dataset, Organization } from "@briefings/core";
import { safeHref } from "./safe-href";

/** The site's public origin, used for absolute ids in JSON-LD (overridable with SITE_URL at build time). */
export function siteOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return safeHref(env.SITE_URL)?.replace(/\/$/, "") ?? "http://localhost:3000";
}

function organization(org: Organization, origin: string): Record<string, unknown> {
  const url = safeHref(org.url);
  return {
    "@type": "Organization",
    "@id": `${origin}/organizations/${encodeURIComponent(org.id)}/`,
    name: org.name,
    ...(org.acronym ? { alternateName: org.acronym } : {}),
    ...(url ? { url } : {}),
  };
}

/** The JSON-LD object of the meeting `id`, or `undefined` for an unknown id. */
export function briefingJsonLd(dataset: Dataset, id: string, origin = siteOrigin()): Record<string, unknown> | undefined {
  const record = meetingRecord(dataset, id);
  if (!record) return undefined;
  const { meeting } = record;
  const pageUrl = `${origin}/briefings/${encodeURIComponent(meeting.id)}/`;
  const venue = meeting.venue?.value;
  const mode = venue?.mode;
  const performers = record.speakers.flatMap((s) =>
    s.person
      ? [
          {
            "@type": "Person",
            "@id": `${origin}/people/${encodeURIComponent(s.person.id)}/`,
            name: s.person.name,
            ...(s.roles[0] ? { jobTitle: s.roles[0].titleAsStated } : {}),
            ...(s.organization ? { affiliation: organization(s.organization, origin) } : {}),
          },
        ]
      : [],
  );
  const sessions = (meeting.sessions ?? []).map((session, i) => ({
    "@type": "Event",
    "@id": `${pageUrl}#session-${i + 1}`,
    name: session.title?.value ?? `Session ${i + 1}`,
    ...(session.summary ? { description: session.summary.value } : {}),
    startDate: session.date ?? meeting.dates.value.start,
    position: i + 1,
  }));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": pageUrl,
    url: pageUrl,
    name: meeting.title.value,
    ...(meeting.summary ? { description: meeting.summary.value } : {}),
    startDate: meeting.dates.value.start,
    endDate: meeting.dates.value.end,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode:
      mode === "virtual"
        ? "https://schema.org/OnlineEventAttendanceMode"
        : mode === "hybrid"
          ? "https://schema.org/MixedEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
    additionalType: MEETING_TYPE_LABELS[meeting.type.value] ?? meeting.type.value,
    ...(venue && venue.locations.length > 0
      ? {
          location: venue.locations.map((l) => ({
            "@type": "Place",
            name: l.name,
            address: { "@type": "PostalAddress", addressLocality: l.city, addressCountry: l.country },
          })),
        }
      : mode === "virtual"
        ? { location: { "@type": "VirtualLocation", name: "Online" } }
        : {}),
    organizer: record.convenedBy.map((o) => organization(o, origin)),
    performer: performers,
    subEvent: sessions,
    inLanguage: "en",
  };
}
