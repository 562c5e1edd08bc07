// The records of 2019-2025: one file per meeting in ./meetings, listed here; the people, roles,
// organizations and sources first needed by these meetings (a person or organization used across
// eras is defined once, where it first appears, and referenced elsewhere by id).
import type { MeetingModule } from "../types";
import * as m0 from "./meetings/2019-01-15-regional-workshop-protection-critical-infrastructure";
import * as m1 from "./meetings/2019-02-27-launch-trends-report-gender-dimensions";
import * as m2 from "./meetings/2019-04-26-joint-special-meeting-terrorism-organized-crime";
import * as m3 from "./meetings/2019-10-30-cted-nyu-futures-of-counterterrorism";
import * as m4 from "./meetings/2019-11-01-integrating-gender-open-briefing";
import * as m5 from "./meetings/2019-11-12-regional-workshop-critical-infrastructure-johannesburg";
import * as m6 from "./meetings/2020-12-14-threat-of-terrorism-latin-america-caribbean";
import * as m7 from "./meetings/2021-01-12-international-cooperation-20-years-resolution-1373";
import * as m8 from "./meetings/2021-06-25-countering-financing-of-terrorism-post-covid-side-event";
import * as m9 from "./meetings/2021-06-25-impacts-of-covid-19-side-event";
import * as m10 from "./meetings/2021-08-19-security-council-briefing-13th-isil-report";
import * as m11 from "./meetings/2021-09-03-third-open-meeting-global-research-network";
import * as m12 from "./meetings/2021-11-04-special-meeting-20th-anniversary-resolution-1373";
import * as m13 from "./meetings/2021-11-18-joint-special-meeting-terrorist-financing";
import * as m14 from "./meetings/2022-02-14-cted-work-south-south-east-asia";
import * as m15 from "./meetings/2022-08-09-security-council-briefing-15th-isil-report";
import * as m16 from "./meetings/2022-09-16-technical-sessions-unmanned-aerial-systems";
import * as m17 from "./meetings/2022-11-23-annual-briefing-counter-terrorism-committee-chairs";
import * as m18 from "./meetings/2022-12-02-open-briefing-special-meeting-new-technologies";
import * as m19 from "./meetings/2022-12-20-regional-open-briefing-central-asia";
import * as m20 from "./meetings/2023-06-26-arria-gender-responsive-counter-terrorism";
import * as m21 from "./meetings/2023-09-21-global-research-network-gathering";
import * as m22 from "./meetings/2023-11-15-annual-briefing-counter-terrorism-committee-chairs";
import * as m23 from "./meetings/2023-11-15-gafilat-briefing";
import * as m24 from "./meetings/2023-12-21-apg-briefs-ctc";
import * as m25 from "./meetings/2024-02-14-global-research-network-inaugural-annual-meeting";
import * as m26 from "./meetings/2024-02-15-joint-briefing-18th-isil-report";
import * as m27 from "./meetings/2024-02-28-south-east-europe-open-briefing";
import * as m28 from "./meetings/2024-06-19-arria-west-africa-sahel";
import * as m29 from "./meetings/2024-08-08-joint-briefing-19th-isil-report";
import * as m30 from "./meetings/2024-11-12-trends-tracker-launch-ftf-financing";
import * as m31 from "./meetings/2024-11-14-annual-briefing-counter-terrorism-committee-chairs";
import * as m32 from "./meetings/2025-02-10-joint-briefing-20th-isil-report";
import * as m33 from "./meetings/2025-03-12-conference-national-regional-counter-terrorism-strategies";
import * as m34 from "./meetings/2025-08-20-security-council-briefing-isil-report";
import * as m35 from "./meetings/2025-10-27-cted-at-twenty-open-briefing";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";

/** The meetings of this era, in date order. */
const meetings: MeetingModule[] = [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32, m33, m34, m35];

export const era = { meetings, people, roles, organizations, sources };
