// Month names of other languages, shared by the date reader and the page layout.

/**
 * Month names of the date lines mirrors and blogs write in their own language before an English
 * text ("среда, 15 ноября 2023 г.", "mercredi 15 novembre 2023"): Russian (genitive) and French, day first.
 */
export const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  ["января", "janvier"],
  ["февраля", "février"],
  ["марта", "mars"],
  ["апреля", "avril"],
  ["мая", "mai"],
  ["июня", "juin"],
  ["июля", "juillet"],
  ["августа", "août"],
  ["сентября", "septembre"],
  ["октября", "octobre"],
  ["ноября", "novembre"],
  ["декабря", "décembre"],
];
