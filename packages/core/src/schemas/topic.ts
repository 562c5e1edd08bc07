import * as z from "zod";
import { MEETING_TYPES, REVIEW_STATES, TOPICS } from "../vocabulary";

/** A topic from the controlled vocabulary (`TOPICS`). */
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

/** A meeting format from the controlled vocabulary (`MEETING_TYPES`). */
export const MeetingType = z.enum(MEETING_TYPES);
export type MeetingType = z.infer<typeof MeetingType>;

/** A review state (`REVIEW_STATES`): `curated` or `draft`. */
export const ReviewState = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewState>;
