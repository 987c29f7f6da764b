import { readFileSync } from "node:fs";
import { asPlannedBaseline, type StatusReport, statusReport } from "@keel/engine";
import { readPlan } from "../read-plan.js";

const DEMO = new URL("../../../../examples/status-demo.yaml", import.meta.url);

/** The status report of examples/status-demo.yaml against its plan of record, for the renderer tests. */
export function demoReport(): StatusReport {
  const { plan } = readPlan(readFileSync(DEMO, "utf8"), "status-demo.yaml");
  return statusReport({ plan, baseline: asPlannedBaseline(plan, "2027-02-10T00:00:00Z") });
}
