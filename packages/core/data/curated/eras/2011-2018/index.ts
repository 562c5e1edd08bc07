// The records of 2011-2018: one file per meeting in ./meetings, listed here; the people, roles,
// organizations and sources first needed by these meetings (a person or organization used across
// eras is defined once, where it first appears, and referenced elsewhere by id).
// Locators: "paragraph N" counts the paragraphs of text after the headline in the copy read (photo
// captions, metadata lines and repeated headlines are not counted; they are named as such).
import type { MeetingModule } from "../types";
import * as m20110419_0 from "./meetings/2011-04-19-special-meeting-prevention-of-terrorism-strasbourg";
import * as m20110928_1 from "./meetings/2011-09-28-special-meeting-commemorating-resolution-1373";
import * as m20111114_2 from "./meetings/2011-11-14-briefings-by-chairs-of-counter-terrorism-committees";
import * as m20120409_3 from "./meetings/2012-04-09-briefing-to-un-membership";
import * as m20120510_4 from "./meetings/2012-05-10-briefings-by-chairs-of-counter-terrorism-committees";
import * as m20121114_5 from "./meetings/2012-11-14-briefing-by-chairs-of-counter-terrorism-committees";
import * as m20121120_6 from "./meetings/2012-11-20-special-meeting-preventing-and-suppressing-terrorist-financing";
import * as m20130510_7 from "./meetings/2013-05-10-briefing-by-chairs-of-counter-terrorism-committees";
import * as m20130524_8 from "./meetings/2013-05-24-special-event-countering-terrorism-new-technologies";
import * as m20130718_9 from "./meetings/2013-07-18-laborde-first-address-to-ctc";
import * as m20130920_10 from "./meetings/2013-09-20-special-meeting-on-the-sahel";
import * as m20140911_11 from "./meetings/2014-09-11-ctc-meeting-13th-anniversary-of-9-11";
import * as m20140924_12 from "./meetings/2014-09-24-security-council-summit-foreign-terrorist-fighters";
import * as m20140930_13 from "./meetings/2014-09-30-open-briefing-countering-incitement-morocco";
import * as m20141119_14 from "./meetings/2014-11-19-security-council-high-level-debate-international-cooperation";
import * as m20150219_15 from "./meetings/2015-02-19-launch-of-global-research-network";
import * as m20150424_16 from "./meetings/2015-04-24-nyu-cted-workshop-ict";
import * as m20150529_17 from "./meetings/2015-05-29-security-council-ministerial-briefing-foreign-terrorist-fighters";
import * as m20150604_18 from "./meetings/2015-06-04-dialogue-with-central-asian-member-states";
import * as m20150727_19 from "./meetings/2015-07-27-special-meeting-madrid-foreign-terrorist-fighters";
import * as m20150909_20 from "./meetings/2015-09-09-open-briefing-role-of-women-countering-terrorism";
import * as m20151124_21 from "./meetings/2015-11-24-meeting-on-foreign-terrorist-fighters-with-research-network";
import * as m20151216_22 from "./meetings/2015-12-16-special-meeting-preventing-terrorists-exploiting-internet";
import * as m20160323_23 from "./meetings/2016-03-23-informal-meeting-technical-needs-of-iraq";
import * as m20160414_24 from "./meetings/2016-04-14-joint-open-briefing-depriving-terrorist-groups-of-sources-of-funding";
import * as m20160511_25 from "./meetings/2016-05-11-security-council-open-debate-countering-terrorist-narratives";
import * as m20160609_26 from "./meetings/2016-06-09-informal-briefing-ftf-middle-east";
import * as m20160714_27 from "./meetings/2016-07-14-informal-briefing-ftf-sahel-west-africa-maghreb";
import * as m20160715_28 from "./meetings/2016-07-15-informal-briefing-ftf-south-south-east-asia";
import * as m20160722_29 from "./meetings/2016-07-22-open-briefing-implementation-of-resolution-2178";
import * as m20160922_30 from "./meetings/2016-09-22-security-council-adopts-resolution-2309";
import * as m20161107_31 from "./meetings/2016-11-07-security-council-open-debate-peace-operations-asymmetrical-threats";
import * as m20161130_32 from "./meetings/2016-11-30-special-meeting-preventing-exploitation-of-ict";
import * as m20161212_33 from "./meetings/2016-12-12-security-council-adopts-resolution-2322";
import * as m20161212_34 from "./meetings/2016-12-12-side-event-enhancing-counter-terrorism-international-cooperation";
import * as m20170213_35 from "./meetings/2017-02-13-security-council-open-debate-protection-of-critical-infrastructure";
import * as m20170327_36 from "./meetings/2017-03-27-informal-briefing-ftf-western-europe";
import * as m20170524_37 from "./meetings/2017-05-24-security-council-adopts-resolution-2354";
import * as m20170621_38 from "./meetings/2017-06-21-special-meeting-international-judicial-law-enforcement-cooperation";
import * as m20170627_39 from "./meetings/2017-06-27-countering-terrorism-in-libya";
import * as m20170627_40 from "./meetings/2017-06-27-countering-terrorism-in-west-africa";
import * as m20171031_41 from "./meetings/2017-10-31-developing-counter-terrorism-strategies";
import * as m20171128_42 from "./meetings/2017-11-28-security-council-meeting-foreign-terrorist-fighters";
import * as m20171214_43 from "./meetings/2017-12-14-ctc-326th-meeting";
import * as m20171221_44 from "./meetings/2017-12-21-security-council-renews-cted-mandate";
import * as m20180125_45 from "./meetings/2018-01-25-first-ctc-plenary-of-2018";
import * as m20180530_46 from "./meetings/2018-05-30-security-council-briefing-counter-terrorism-iraq";
import * as m20181120_47 from "./meetings/2018-11-20-open-briefing-ahead-of-review-of-madrid-guiding-principles";
import * as m20181213_48 from "./meetings/2018-12-13-special-meeting-review-of-madrid-guiding-principles";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";

/** The meetings of this era, in date order. */
const meetings: MeetingModule[] = [
  m20110419_0,
  m20110928_1,
  m20111114_2,
  m20120409_3,
  m20120510_4,
  m20121114_5,
  m20121120_6,
  m20130510_7,
  m20130524_8,
  m20130718_9,
  m20130920_10,
  m20140911_11,
  m20140924_12,
  m20140930_13,
  m20141119_14,
  m20150219_15,
  m20150424_16,
  m20150529_17,
  m20150604_18,
  m20150727_19,
  m20150909_20,
  m20151124_21,
  m20151216_22,
  m20160323_23,
  m20160414_24,
  m20160511_25,
  m20160609_26,
  m20160714_27,
  m20160715_28,
  m20160722_29,
  m20160922_30,
  m20161107_31,
  m20161130_32,
  m20161212_33,
  m20161212_34,
  m20170213_35,
  m20170327_36,
  m20170524_37,
  m20170621_38,
  m20170627_39,
  m20170627_40,
  m20171031_41,
  m20171128_42,
  m20171214_43,
  m20171221_44,
  m20180125_45,
  m20180530_46,
  m20181120_47,
  m20181213_48,
];

export const era = { meetings, people, roles, organizations, sources };
