// Assembles the curated dataset from its parts. Run `pnpm generate` to validate it and write
// src/generated/dataset.ts, which is what the library ships.
import type { DatasetInput } from "../../src/schemas";
import * as softTargets2019 from "./meetings/2019-06-27-protection-of-soft-targets";
import { organizations } from "./organizations";
import { people, roles } from "./people";
import { sources } from "./sources";

const meetings = [softTargets2019];

export const curated = {
  version: "0.1.0",
  license: "CC-BY-4.0",
  citation:
    "Briefings: a provenance-tracked dataset of UN Security Council Counter-Terrorism Committee meetings, version 0.1.0, released under CC BY 4.0.",
  sources,
  corrections: meetings.flatMap((m) => m.corrections),
  organizations,
  people,
  roles,
  meetings: meetings.map((m) => m.meeting),
  participations: meetings.flatMap((m) => m.participations),
  statements: meetings.flatMap((m) => m.statements),
  quotes: meetings.flatMap((m) => m.quotes),
  figures: meetings.flatMap((m) => m.figures),
} satisfies DatasetInput;
