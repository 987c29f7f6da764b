import type { LocalDate, Profile } from "@keel/model";
import type { Requirement } from "../data/certification-types.js";
import { checkCourse } from "./course.js";
import { checkExperience } from "./experience.js";
import { checkHolds } from "./holds.js";
import { checkTraining } from "./training.js";
import type { RequirementResult } from "./types.js";

export function checkRequirement(req: Requirement, profile: Profile, today: LocalDate): RequirementResult {
  switch (req.kind) {
    case "experience":
      return checkExperience(req, profile, today);
    case "training":
      return checkTraining(req, profile, today);
    case "course":
      return checkCourse(req, profile, today);
    case "holds":
      return checkHolds(req, profile, today);
    case "any-of": {
      const results = req.options.map((option) => checkRequirement(option, profile, today));
      const met = results.find((r) => r.met);
      if (met !== undefined) return met;
      // Report the usual route (the first option) and name the others as alternatives.
      const [first, ...others] = results;
      if (first === undefined) throw new Error("any-of requirement without options");
      const alternatives = others.flatMap((r) => r.messages.slice(0, 1));
      return {
        ...first,
        messages: [
          ...first.messages,
          ...alternatives.map((m) => `Or ${m.charAt(0).toLowerCase()}${m.slice(1)}`),
        ],
      };
    }
  }
}
