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
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";

/** The meetings of this era, in date order. */
const meetings: MeetingModule[] = [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16];

export const era = { meetings, people, roles, organizations, sources };
