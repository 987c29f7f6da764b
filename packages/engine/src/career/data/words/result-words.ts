import type { Term, WordList } from "./word-list.js";

/**
 * Words that tell a number is a result: something changed, or finished better than expected.
 * Delivery verbs ("delivered", "launched") are not here: "delivered a 6-month migration" states
 * size, not a result.
 */
export interface ResultWords {
  /** Verbs of change, in every form a bullet uses ("reduce", "reduced", "reducing"). */
  readonly verbs: readonly Term[];
  /** Words after a number that make it a result ("3 weeks early", "40% faster"). */
  readonly comparatives: readonly string[];
  /** Verbs that are a measurable result on their own ("doubled"). */
  readonly multipliers: readonly Term[];
}

const verb = (base: string, ...forms: string[]): Term => ({ term: base, aliases: forms });

export const RESULT_WORDS: WordList<ResultWords> = {
  id: "result-words",
  version: 1,
  asOf: "2026-11",
  source:
    'career-facts.md § Bullet quality checks ("a result verb with a number, or from X to Y") and § Resume rules (metrics: timelines, volume, defects, savings)',
  entries: [
    {
      verbs: [
        verb("reduce", "reduced", "reducing"),
        verb("cut", "cutting"),
        verb("increase", "increased", "increasing"),
        verb("improve", "improved", "improving"),
        verb("raise", "raised", "raising"),
        verb("lower", "lowered", "lowering"),
        verb("save", "saved", "saving", "savings"),
        verb("grow", "grew", "grown", "growing", "growth"),
        verb("accelerate", "accelerated", "accelerating"),
        verb("shorten", "shortened", "shortening"),
        verb("decrease", "decreased", "decreasing"),
        verb("eliminate", "eliminated", "eliminating"),
        verb("boost", "boosted", "boosting"),
        verb("lift", "lifted", "lifting"),
        verb("drop", "dropped", "dropping"),
        verb("trim", "trimmed", "trimming"),
        verb("slash", "slashed", "slashing"),
        verb("achieve", "achieved", "achieving"),
        verb("exceed", "exceeded", "exceeding"),
        verb("surpass", "surpassed", "surpassing"),
        verb("generate", "generated", "generating"),
        verb("secure", "secured", "securing"),
        verb("win", "won", "winning"),
        verb("recover", "recovered", "recovering"),
        verb("avoid", "avoided", "avoiding"),
        verb("prevent", "prevented", "preventing"),
        verb("resolve", "resolved", "resolving"),
        verb("close", "closed", "closing"),
        verb("speed up", "sped up", "speeding up"),
        verb("bring down", "brought down", "bringing down"),
      ],
      comparatives: [
        "early",
        "earlier",
        "ahead",
        "sooner",
        "faster",
        "quicker",
        "fewer",
        "less",
        "lower",
        "higher",
        "shorter",
        "down",
        "under budget",
        "below budget",
        "saved",
        "savings",
        "reduction",
        "increase",
        "improvement",
        "uptime",
        "availability",
        "accuracy",
        "adoption",
        "retention",
        "satisfaction",
      ],
      multipliers: [
        verb("double", "doubled", "doubling"),
        verb("triple", "tripled", "tripling"),
        verb("quadruple", "quadrupled"),
        verb("halve", "halved", "halving"),
      ],
    },
  ],
};
