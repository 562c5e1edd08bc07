// People first named in the meetings of 2019-2025, and the posts (roles) seen in those meetings.
// A role's start and end are the first and last dates it is observed; `term` is the term a source states.
import type { DatasetInput } from "../../../../src/schemas";

export const people: DatasetInput["people"] = [];

export const roles: DatasetInput["roles"] = [];
