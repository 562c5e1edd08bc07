// The records of 2001-2010: one file per meeting in ./meetings, listed here; the people, roles,
// organizations and sources first needed by these meetings (a person or organization used across
// eras is defined once, where it first appears, and referenced elsewhere by id).
import type { MeetingModule } from "../types";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";
import * as m00 from "./meetings/2001-11-12-ministerial-meeting-on-terrorism";
import * as m01 from "./meetings/2002-01-18-briefing-by-ctc-chairman";
import * as m02 from "./meetings/2002-10-04-threats-caused-by-terrorist-acts";
import * as m03 from "./meetings/2003-01-20-ministerial-meeting-on-terrorism";
import * as m04 from "./meetings/2003-02-20-briefing-by-ctc-chairman";
import * as m05 from "./meetings/2003-03-06-special-meeting-with-international-organizations";
import * as m06 from "./meetings/2003-04-04-briefing-by-outgoing-ctc-chairman";
import * as m07 from "./meetings/2003-07-23-briefing-by-ctc-chairman";
import * as m08 from "./meetings/2003-10-06-second-special-meeting-washington";
import * as m09 from "./meetings/2004-03-11-third-special-meeting-vienna";
import * as m10 from "./meetings/2004-03-26-resolution-1535-revitalization";
import * as m11 from "./meetings/2004-07-19-briefing-on-revitalization";
import * as m12 from "./meetings/2004-10-19-briefing-by-ctc-chairman-and-cted";
import * as m13 from "./meetings/2005-01-18-briefing-by-ctc-chairman";
import * as m14 from "./meetings/2005-01-26-fourth-special-meeting-almaty";
import * as m15 from "./meetings/2005-04-25-briefings-by-three-committee-chairmen";
import * as m16 from "./meetings/2005-10-26-briefings-by-three-committee-chairmen";
import * as m17 from "./meetings/2006-02-21-briefings-by-three-committee-chairmen";
import * as m18 from "./meetings/2006-05-30-briefings-by-three-committee-chairmen";
import * as m19 from "./meetings/2006-09-28-briefings-by-three-committee-chairmen";
import * as m20 from "./meetings/2006-12-20-presidential-statement-on-ctc";
import * as m21 from "./meetings/2007-05-22-briefings-by-three-committee-chairmen";
import * as m22 from "./meetings/2007-10-29-fifth-special-meeting-nairobi";
import * as m23 from "./meetings/2007-11-14-briefings-by-three-committee-chairmen";
import * as m24 from "./meetings/2008-03-19-cted-revised-organizational-plan";
import * as m25 from "./meetings/2008-04-29-briefing-to-member-states";
import * as m26 from "./meetings/2008-05-06-briefings-by-three-committee-chairmen";
import * as m27 from "./meetings/2008-11-06-briefing-to-member-states";
import * as m28 from "./meetings/2008-11-12-briefings-by-three-committee-chairmen";
import * as m29 from "./meetings/2008-12-09-thematic-debate-on-terrorism";
import * as m30 from "./meetings/2009-05-26-briefings-by-three-committee-chairmen";
import * as m31 from "./meetings/2009-11-08-south-asia-workshop-dhaka";
import * as m32 from "./meetings/2009-11-13-briefings-by-three-committee-chairmen";
import * as m33 from "./meetings/2010-04-08-briefing-to-member-states";
import * as m34 from "./meetings/2010-05-11-briefings-by-three-committee-chairmen";
import * as m35 from "./meetings/2010-06-08-south-asia-workshop-colombo";
import * as m36 from "./meetings/2010-07-21-briefing-to-member-states";
import * as m37 from "./meetings/2010-09-27-thematic-meeting-on-counter-terrorism";
import * as m38 from "./meetings/2010-11-15-briefings-by-three-committee-chairmen";
import * as m39 from "./meetings/2010-12-01-prosecutors-workshop";
import * as m40 from "./meetings/2010-12-20-briefing-by-outgoing-ctc-chairman";

/** The meetings of this era, in date order. */
const meetings: MeetingModule[] = [m00, m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29, m30, m31, m32, m33, m34, m35, m36, m37, m38, m39, m40];

export const era = { meetings, people, roles, organizations, sources };
