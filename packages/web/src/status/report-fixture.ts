import { readFileSync } from "node:fs";
import { asPlannedBaseline, type StatusReport, statusReport } from "@keel/engine";
import { parsePlanYaml } from "@keel/formats";

/** The report of examples/status-demo.yaml as the server generates it (without a forecast), for tests. */
export function demoReport(): StatusReport {
  const file = new URL("../../../../examples/status-demo.yaml", import.meta.url);
  const { plan } = parsePlanYaml(readFileSync(file, "utf8"), "status-demo.yaml");
  return statusReport({ plan, baseline: asPlannedBaseline(plan, "2027-01-01T00:00:00Z") });
}
