import { HomeView } from "../src/components/home-view";
import { getDataset } from "../src/lib/data";

/** Home: every briefing, newest first, with counts, search and filters. */
export default function Home() {
  return <HomeView dataset={getDataset()} />;
}
