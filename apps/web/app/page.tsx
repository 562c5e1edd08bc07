import { HomeView } from "../src/components/home-view";
import { StaticSubtree } from "../src/components/static-subtree";
import { getDataset } from "../src/lib/data";

/** Home: every briefing, newest first, with counts, search and filters. */
export default function Home() {
  return (
    <StaticSubtree>
      <HomeView dataset={getDataset()} />
    </StaticSubtree>
  );
}
