import type { Evidence, Profile } from "@keel/model";
import { COMPETENCIES } from "../data/competencies.js";
import type { MatchCandidate } from "./candidate.js";

const competencyNames = new Map(COMPETENCIES.map((c) => [c.id as string, c.name]));

/** What a posting is matched against: the person's own profile and evidence, nothing inferred. */
export function candidateOf(profile: Profile | undefined, evidence: readonly Evidence[]): MatchCandidate {
  const evidenced = [...new Set(evidence.flatMap((e) => e.competencies))];
  return {
    evidence: evidence.map((e) => ({
      id: e.id,
      text: [
        e.title,
        e.situation,
        e.action,
        e.result,
        ...e.metrics.map((m) => `${m.name} ${m.value}${m.unit ?? ""}`),
      ].join(". "),
    })),
    skills: [
      ...evidenced.map((c) => competencyNames.get(c) ?? c),
      // The background lists stacks and domains: "Payments APIs, Kubernetes; on-call".
      ...(profile?.background ?? "")
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ],
    certifications: (profile?.certifications ?? []).map((c) => c.id),
    titles: [
      ...new Set(
        [
          profile?.currentRole ?? "",
          ...(profile?.experience ?? []).map((x) => x.role ?? ""),
          ...evidence.map((e) => e.role),
        ]
          .map((t) => t.trim())
          .filter((t) => t !== ""),
      ),
    ],
    education: profile === undefined ? [] : [profile.education, ...profile.training.map((t) => t.title)],
  };
}
