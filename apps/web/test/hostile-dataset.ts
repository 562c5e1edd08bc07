// A dataset whose every string is an attack: markup, script URLs, control characters and bidi overrides.
// Built from the curated dataset so that it has the same shape; used by the component and browser tests.
import { dataset, getMeeting } from "@briefings/core";
import type { Dataset } from "@briefings/core";
import { SEED_ID } from "./seed";

/** The payloads planted in the hostile dataset. */
export const PAYLOADS = {
  script: `<script>window.__pwned = 1; alert("xss")</script>`,
  img: `<img src=x onerror="window.__pwned=1">`,
  closeJsonLd: `</script><script>window.__pwned=1</script>`,
  jsUrl: "javascript:window.__pwned=1",
  dataUrl: "data:text/html,<script>window.__pwned=1</script>",
  control: "A\u0007B\u001b[31mC\u202eD\u0000E",
} as const;

/** The curated dataset with hostile strings and URLs in the places a page shows or links (of meeting `meetingId`). */
export function hostileDataset(meetingId = SEED_ID): Dataset {
  const d = structuredClone(dataset) as Dataset;
  const m = getMeeting(d, meetingId);
  if (!m) throw new Error(`hostileDataset: no meeting ${meetingId}`);
  m.title.value = `${PAYLOADS.script} ${PAYLOADS.control}`;
  if (m.summary) m.summary.value = `${PAYLOADS.img} ${PAYLOADS.closeJsonLd}`;
  m.objectives[0] = { ...m.objectives[0]!, value: PAYLOADS.closeJsonLd };
  m.media = m.media.map((media, i) => ({ ...media, status: "ok", url: i === 0 ? PAYLOADS.jsUrl : PAYLOADS.dataUrl, label: PAYLOADS.img }));
  m.notes = [PAYLOADS.control, PAYLOADS.script];
  d.people[0]!.name = `${PAYLOADS.script}${PAYLOADS.control}`;
  // In place, never a new array: the dataset was already looked up (getMeeting above), and core's lookups index the
  // objects of the arrays they saw, so a replaced array would leave the pages showing the clean records.
  for (const o of d.organizations) {
    o.url = PAYLOADS.jsUrl;
    o.name = `${o.name} ${PAYLOADS.img}`;
  }
  for (const s of d.sources) {
    s.title = `${s.title} ${PAYLOADS.script}`;
    s.locations = s.locations.map((l) => ({ ...l, url: PAYLOADS.jsUrl }));
    if (s.id === m.sources[0] && s.archive) {
      // Same length in code points, so every span still points at the same place: markup and controls inside.
      const text = s.archive.text;
      const attack = "<b onclick=x>\u0007\u202e";
      s.archive.text = attack + text.slice(attack.length);
    }
  }
  d.corrections = d.corrections.map((c) => ({ ...c, rationale: `${c.rationale} ${PAYLOADS.script}`, recoveredUrl: c.recoveredUrl ? PAYLOADS.jsUrl : undefined }));
  for (const q of d.quotes) q.text = `${q.text} ${PAYLOADS.closeJsonLd}`;
  for (const f of d.figures) f.asStated = PAYLOADS.img;
  d.citation = `${PAYLOADS.script} ${PAYLOADS.control}`;
  return d;
}
