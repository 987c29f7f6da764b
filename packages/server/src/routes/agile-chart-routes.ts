import {
  commitmentGuidance,
  cumulativeFlow,
  cycleTimes,
  epicForecasts,
  epicRollup,
  itemEstimate,
  releaseForecast,
  sprintCapacity,
  throughputByWeek,
  velocity,
} from "@keel/engine";
import { type LocalDate, localDateSchema } from "@keel/model";
import { z } from "zod";
import { agileData } from "../agile/sprint-report.js";
import { todayUtc } from "./common.js";
import { route } from "./route.js";
import { closedOutcomes } from "./sprint-routes.js";

/** The first day anything happened to an item: the start of the flow charts by default. */
function firstDay(
  items: readonly { created?: LocalDate | undefined; history?: readonly { at: LocalDate }[] | undefined }[],
) {
  let first: LocalDate | undefined;
  for (const item of items) {
    for (const day of [item.created, item.history?.[0]?.at]) {
      if (day !== undefined && (first === undefined || day < first)) first = day;
    }
  }
  return first;
}

export const agileChartRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/agile/charts",
    summary:
      "Agile charts: velocity, cumulative flow, cycle time with percentiles, weekly throughput, the release forecast from a throughput Monte Carlo, each epic's roll-up, and for epics linked to plan tasks their forecast against the tasks' scheduled finish",
    tag: "Agile",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      from: localDateSchema.optional(),
      to: localDateSchema.optional(),
      /** A date to give the chance of finishing the backlog by. */
      target: localDateSchema.optional(),
      /** The day the forecast starts from; today (UTC) by default. */
      today: localDateSchema.optional(),
    }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const [{ settings, sprints, items, plan }, { schedule }] = await Promise.all([
        agileData(store, store.db, projectId),
        store.schedule(projectId),
      ]);
      const today = query.today ?? todayUtc();
      const to = query.to ?? today;
      const first = query.from ?? firstDay(items) ?? to;
      // A range that starts after it ends is read as the one day it ends on (ISO dates sort as text).
      const from = [first, to].sort()[0] as LocalDate;
      const outcomes = closedOutcomes(plan, sprints, settings);
      const next = sprints.find((s) => s.state === "planned");
      const workflow = settings.workflow;
      return {
        unit: settings.estimateUnit,
        velocity: velocity(outcomes),
        guidance:
          next === undefined
            ? null
            : commitmentGuidance(
                outcomes,
                sprintCapacity(plan, next, settings).hours,
                items.filter((i) => i.sprint === next.id).reduce((s, i) => s + itemEstimate(i, settings), 0),
                settings.estimateUnit,
              ),
        cumulativeFlow: cumulativeFlow(items, workflow, from, to),
        cycleTime: cycleTimes(items, workflow),
        throughput: throughputByWeek(items, workflow, from, to),
        release:
          releaseForecast(items, workflow, {
            today,
            ...(query.target === undefined ? {} : { target: query.target }),
          }) ?? null,
        epics: epicRollup(items, workflow, settings),
        epicForecasts: epicForecasts(
          items,
          workflow,
          settings,
          new Map(schedule.tasks.map((t) => [t.id, t.finish])),
          { today },
        ),
      };
    },
  }),
];
