// Organizations first named in the meetings of 2019-2025.
import type { DatasetInput } from "../../../../src/schemas";

export const organizations: DatasetInput["organizations"] = [];
