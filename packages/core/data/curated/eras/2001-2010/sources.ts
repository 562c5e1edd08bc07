// Sources of the meetings of 2001-2010: cited by address with a locator, never copied; the copy read is
// recorded on its location (`copy`: SHA-256, length, date).
import type { DatasetInput } from "../../../../src/schemas";

export const sources: DatasetInput["sources"] = [];
