// How a participant is named and introduced on a briefing page.
import { organizationName, organizationShortName, roleAsStated } from "@briefings/core";
import type { Participant } from "@briefings/core";
import { recordPath } from "../../lib/safe-href";

/** Props of `ParticipantName` and `ParticipantRole`. */
export interface ParticipantProps {
  /** The participant, resolved by core's `meetingRecord`. */
  participant: Participant;
}

/** The name of a participant: a link to the person's page, or the description of an unnamed one. */
export function ParticipantName({ participant }: ParticipantProps) {
  if (participant.person) return <a href={recordPath("people", participant.person.id)}>{participant.person.name}</a>;
  return <span>{participant.name}</span>;
}

/**
 * The post of a participant at the time, in the source's words, and the organization they represented (by its short
 * name when the post already names it).
 */
export function ParticipantRole({ participant }: ParticipantProps) {
  const role = participant.roles[0];
  const org = participant.organization;
  const named = role !== undefined && org !== undefined && role.titleAsStated.includes(org.name);
  return (
    <>
      {role ? <span className="role">{roleAsStated(role)}</span> : null}
      {role && org ? " — " : null}
      {org ? <a href={recordPath("organizations", org.id)}>{named ? organizationShortName(org) : organizationName(org)}</a> : null}
    </>
  );
}
