import { getOrganization, organizationMeetings, organizationShortName, organizationsByName, peopleByName, personAppearances, personRoles } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { plural } from "@briefings/core";
import { recordPath } from "../lib/safe-href";

/** Props of the index views. */
export interface IndexViewProps {
  dataset: Dataset;
}

/** Every person, by sort name, with their latest post and number of appearances. */
export function PeopleIndex({ dataset }: IndexViewProps) {
  const people = peopleByName(dataset);
  return (
    <>
      <h1>People</h1>
      <p>{plural(people.length, "person", "people")} who spoke at or chaired a briefing.</p>
      <ul className="index-list">
        {people.map((p) => {
          const roles = personRoles(dataset, p.id);
          const latest = roles[roles.length - 1];
          const org = latest ? getOrganization(dataset, latest.organization) : undefined;
          return (
            <li key={p.id}>
              <a href={recordPath("people", p.id)}>{p.name}</a>
              <span className="meta">
                {" "}
                {latest ? `${latest.title}${org ? `, ${organizationShortName(org)}` : ""} · ` : ""}
                {plural(personAppearances(dataset, p.id).length, "appearance")}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Every organization, by name, with the number of briefings it took part in. */
export function OrganizationsIndex({ dataset }: IndexViewProps) {
  const orgs = organizationsByName(dataset);
  return (
    <>
      <h1>Organizations</h1>
      <p>{plural(orgs.length, "organization")}: conveners, United Nations entities, Member States and the bodies represented at briefings.</p>
      <ul className="index-list">
        {orgs.map((o) => (
          <li key={o.id}>
            <a href={recordPath("organizations", o.id)}>{o.name}</a>
            <span className="meta">
              {" "}
              {o.acronym ? `${o.acronym} · ` : ""}
              {plural(organizationMeetings(dataset, o.id).length, "briefing")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
