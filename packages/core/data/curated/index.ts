// Assembles the curated dataset from its parts. Run `pnpm generate` to validate it and write
// src/generated/dataset.json, which is what the library ships.
import type { DatasetInput } from "../../src/schemas";
import * as depriving2016 from "./meetings/2016-12-12-depriving-terrorist-groups-of-funds";
import * as gender2017 from "./meetings/2017-03-30-gender-dimension-of-counter-terrorism";
import * as chairs2017 from "./meetings/2017-05-11-briefing-by-counter-terrorism-committee-chairs";
import * as threats2017 from "./meetings/2017-09-28-threats-caused-by-terrorist-acts";
import * as grn2017 from "./meetings/2017-11-16-second-open-meeting-with-global-research-network";
import * as narratives2018 from "./meetings/2018-05-29-countering-terrorist-narratives";
import * as nexus2018 from "./meetings/2018-10-08-terrorism-crime-nexus";
import * as workshop2019 from "./meetings/2019-03-19-regional-workshop-critical-infrastructure-soft-targets";
import * as softTargets2019 from "./meetings/2019-06-27-protection-of-soft-targets";
import * as narratives2020 from "./meetings/2020-01-28-countering-terrorist-narratives";
import * as technicalGuide2020 from "./meetings/2020-08-17-updated-technical-guide";
import * as softTargets2021 from "./meetings/2021-01-27-protection-of-soft-targets-against-terrorist-attacks";
import * as narratives2022 from "./meetings/2022-03-24-countering-terrorist-narratives";
import * as technologies2022 from "./meetings/2022-10-28-new-and-emerging-technologies";
import * as narratives2023 from "./meetings/2023-10-19-countering-terrorist-narratives";
import * as fatf2024 from "./meetings/2024-05-16-fatf-president-briefs-ctc";
import * as gafilat2024 from "./meetings/2024-11-21-gafilat-briefs-ctc";
import { era as era2001 } from "./eras/2001-2010";
import { era as era2011 } from "./eras/2011-2018";
import { era as era2019 } from "./eras/2019-2025";
import type { MeetingModule } from "./eras/types";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";
import { citationFor, DATA_VERSION } from "./version";

const eras = [era2001, era2011, era2019];

// The seed stays first (some tests of the library read `meetings[0]`); the others follow by date.
const meetings: MeetingModule[] = [
  softTargets2019,
  depriving2016,
  gender2017,
  chairs2017,
  threats2017,
  grn2017,
  narratives2018,
  nexus2018,
  workshop2019,
  narratives2020,
  technicalGuide2020,
  softTargets2021,
  narratives2022,
  technologies2022,
  narratives2023,
  fatf2024,
  gafilat2024,
  ...eras.flatMap((e) => e.meetings),
];

export const curated = {
  // The data's own version (data/versions.json, grown by `generate --bump`), apart from the library's.
  version: DATA_VERSION,
  license: "CC-BY-4.0",
  citation: citationFor(DATA_VERSION),
  sources: [...sources, ...eras.flatMap((e) => e.sources)],
  corrections: meetings.flatMap((m) => m.corrections),
  organizations: [...organizations, ...eras.flatMap((e) => e.organizations)],
  people: [...people, ...eras.flatMap((e) => e.people)],
  roles: [...roles, ...eras.flatMap((e) => e.roles)],
  meetings: meetings.map((m) => m.meeting),
  participations: meetings.flatMap((m) => m.participations),
  statements: meetings.flatMap((m) => m.statements),
  quotes: meetings.flatMap((m) => m.quotes),
  figures: meetings.flatMap((m) => m.figures),
} satisfies DatasetInput;
