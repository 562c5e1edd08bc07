import type { Metadata } from "next";
import { SuccessionView } from "../../src/components/succession-view";
import { getDataset } from "../../src/lib/data";

export const metadata: Metadata = {
  title: "Chairs of the Committee and heads of CTED",
  description: "The succession of the Chairs of the Counter-Terrorism Committee and of the heads of its Executive Directorate, with stated terms and observed dates.",
};

/** The succession of CTC Chairs and CTED heads. */
export default function SuccessionPage() {
  return <SuccessionView dataset={getDataset()} />;
}
