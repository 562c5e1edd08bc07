// Organizations first named in the meetings of 2011-2018.
import type { DatasetInput } from "../../../../src/schemas";

export const organizations: DatasetInput["organizations"] = [];
