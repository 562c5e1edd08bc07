// Organizations first named in the meetings of 2001-2010.
import type { DatasetInput } from "../../../../src/schemas";

export const organizations: DatasetInput["organizations"] = [];
