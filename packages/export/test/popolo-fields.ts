// The Popolo classes this export writes, with their allowed fields, as the Popolo JSON Schemas list them
// (popolo-project/popolo-spec, schemas/*.json; no npm package publishes these schemas, so they are
// written down here by hand from the specification). `required`: must be present and non-null (the spec
// marks `name` of Other name and `url` of Link; for the top-level classes we also require `id`, which
// our references need). Types: "string", "integer", "array", "object", with a date pattern where the
// spec gives one.

/** One field of a Popolo class. */
export interface PopoloField {
  type: "string" | "integer" | "array" | "object";
  pattern?: RegExp;
  /** For arrays: the class of the items. */
  items?: string;
  format?: "uri";
}

/** A Popolo class: its fields and which are required. */
export interface PopoloClass {
  required: string[];
  fields: Record<string, PopoloField>;
}

const str: PopoloField = { type: "string" };
const date: PopoloField = { type: "string", pattern: /^[0-9]{4}(-[0-9]{2}){0,2}$/ };
const eventDate: PopoloField = { type: "string", pattern: /^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/ };
const links: PopoloField = { type: "array", items: "link" };
const otherNames: PopoloField = { type: "array", items: "other_name" };
const common = { created_at: str, updated_at: str, sources: links };

/** The Popolo classes, by name. */
export const POPOLO_CLASSES: Record<string, PopoloClass> = {
  person: {
    required: ["id", "name"],
    fields: {
      id: str, name: str, other_names: otherNames, identifiers: { type: "array" }, family_name: str, given_name: str, additional_name: str,
      honorific_prefix: str, honorific_suffix: str, patronymic_name: str, sort_name: str, email: str, gender: str, pronouns: { type: "array" },
      birth_date: date, death_date: date, image: { type: "string", format: "uri" }, summary: str, biography: str, national_identity: str,
      contact_details: { type: "array" }, links, memberships: { type: "array" }, motions: { type: "array" }, speeches: { type: "array" }, votes: { type: "array" }, ...common,
    },
  },
  organization: {
    required: ["id", "name"],
    fields: {
      id: str, name: str, other_names: otherNames, identifiers: { type: "array" }, classification: str, parent_id: str, parent: { type: "object" },
      area_id: str, area: { type: "object" }, founding_date: date, dissolution_date: date, image: { type: "string", format: "uri" },
      contact_details: { type: "array" }, links, memberships: { type: "array" }, posts: { type: "array" }, ...common,
    },
  },
  membership: {
    required: ["id", "organization_id"],
    fields: {
      id: str, label: str, role: str, member: { type: "object" }, person_id: str, person: { type: "object" }, organization_id: str, organization: { type: "object" },
      post_id: str, post: { type: "object" }, on_behalf_of_id: str, on_behalf_of: { type: "object" }, area_id: str, area: { type: "object" },
      start_date: date, end_date: date, contact_details: { type: "array" }, links, ...common,
    },
  },
  event: {
    required: ["id", "name"],
    fields: {
      id: str, name: str, description: str, start_date: eventDate, end_date: eventDate, location: str, status: str, identifiers: { type: "array" },
      classification: str, organization_id: str, organization: { type: "object" }, attendees: { type: "array" }, parent_id: str, parent: { type: "object" },
      children: { type: "array" }, ...common,
    },
  },
  speech: {
    required: ["id"],
    fields: {
      id: str, creator_id: str, creator: { type: "object" }, role: str, attribution_text: str, audience_id: str, audience: { type: "object" }, text: str,
      audio: { type: "string", format: "uri" }, video: { type: "string", format: "uri" }, date: str, title: str, type: str, position: { type: "integer" },
      event_id: str, event: { type: "object" }, ...common,
    },
  },
  other_name: {
    required: ["name"],
    fields: { name: str, family_name: str, given_name: str, additional_name: str, honorific_prefix: str, honorific_suffix: str, patronymic_name: str, start_date: date, end_date: date, note: str },
  },
  link: { required: ["url"], fields: { url: { type: "string", format: "uri" }, note: str } },
};

/**
 * Fields this export adds to Popolo classes (Popolo's JSON Schemas set no `additionalProperties: false`, so a document
 * with them stays valid): the review state of a meeting's record, named as in the CSV and SQLite tables.
 */
export const POPOLO_EXTENSIONS: Record<string, Record<string, PopoloField>> = {
  event: { review_state: { type: "string", pattern: /^(curated|draft)$/ }, review_checked: date },
};

/** Checks a value against a Popolo class (and this export's extensions); returns every problem as `path: message`. */
export function checkPopolo(className: string, value: unknown, path = className): string[] {
  const spec = POPOLO_CLASSES[className];
  const cls = spec && { ...spec, fields: { ...spec.fields, ...POPOLO_EXTENSIONS[className] } };
  if (!cls) return [`${path}: unknown class ${className}`];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of cls.required) if (record[key] === undefined || record[key] === null) problems.push(`${path}.${key}: required`);
  for (const [key, v] of Object.entries(record)) {
    const field = cls.fields[key];
    if (!field) {
      problems.push(`${path}.${key}: not a field of ${className}`);
      continue;
    }
    if (v === null) continue;
    const actual = Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
    if (actual !== field.type) problems.push(`${path}.${key}: ${actual}, expected ${field.type}`);
    else if (field.pattern && !field.pattern.test(v as string)) problems.push(`${path}.${key}: ${JSON.stringify(v)} does not match ${field.pattern}`);
    else if (field.format === "uri" && !URL.canParse(v as string)) problems.push(`${path}.${key}: not a URI`);
    else if (field.items) (v as unknown[]).forEach((item, i) => problems.push(...checkPopolo(field.items!, item, `${path}.${key}[${i}]`)));
  }
  return problems;
}
