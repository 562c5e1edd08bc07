// The one gate for URLs that come from data: only absolute http(s) URLs become links.
import { hasUnsafe } from "@briefings/core/text";

/**
 * The normalised href of `url` when it is an absolute http: or https: URL without credentials,
 * else `undefined` (javascript:, data:, relative and malformed URLs are refused: show them as text).
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.trim();
  if (trimmed === "" || hasUnsafe(trimmed) || /\s/u.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  if (parsed.username !== "" || parsed.password !== "") return undefined;
  if (parsed.hostname === "") return undefined;
  return parsed.href;
}

/** The site path of a record page, with the id percent-encoded (ids come from data too). */
export function recordPath(kind: "briefings" | "people" | "organizations" | "sources", id: string): string {
  return `/${kind}/${encodeURIComponent(id)}/`;
}
