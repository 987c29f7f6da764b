import type { LocalDate, Profile, TrainingDelivery } from "@keel/model";
import type { CourseRequirement } from "../data/certification-types.js";
import type { RequirementResult } from "./types.js";

/** One finished course of the kind, long enough for how it was delivered. */
export function checkCourse(req: CourseRequirement, profile: Profile, today: LocalDate): RequirementResult {
  const courses = profile.training.filter((t) => t.kind === req.course && t.completed <= today);
  const minimum = (delivery: TrainingDelivery | undefined) =>
    delivery === undefined ? undefined : req.minHours[delivery];
  const done = courses.find((t) => {
    const min = minimum(t.delivery);
    return min !== undefined && t.hours >= min;
  });
  if (done !== undefined) {
    return { met: true, missing: [], messages: [`Completed ${req.what}: "${done.title}".`] };
  }
  const options = Object.entries(req.minHours)
    .map(([delivery, min]) => `${min} h ${delivery}`)
    .join(" or ");
  const short = courses.map((t) => {
    const min = minimum(t.delivery);
    return min === undefined
      ? `"${t.title}" does not qualify as delivered (${t.delivery ?? "delivery not given"}).`
      : `"${t.title}" has ${t.hours} h; ${t.delivery} courses need at least ${min} h.`;
  });
  return {
    met: false,
    missing: [{ what: `${req.what} (${options})`, have: 0, need: 1, unit: "courses" }],
    messages: [`Complete ${req.what}: ${options}.`, ...short],
  };
}
