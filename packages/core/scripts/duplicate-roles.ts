// Lists the roles that record one post of one person more than once (same person, organization,
// title and tenure; see `samePostRoles`), so they can be merged into one role per post.
// Usage: tsx scripts/duplicate-roles.ts   (exit 1 when there is any such group)
import { dataset } from "../src/dataset";
import { samePostRoles } from "../src/queries/people";

const groups = samePostRoles(dataset);
for (const group of groups) {
  console.log(`${group[0]!.person} / ${group[0]!.organization}:`);
  for (const r of group) console.log(`  ${r.id}  ${r.title} | ${r.titleAsStated} | ${r.start ?? "?"}..${r.end ?? "?"}${r.term ? " | term" : ""}`);
}
console.log(`${groups.length} group(s) of roles recording one post more than once`);
process.exit(groups.length > 0 ? 1 : 0);
