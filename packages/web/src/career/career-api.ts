import type {
  BulletAnalysis,
  CertificationEligibility,
  CompetencyStrength,
  Coverage,
  PracticeQuestion,
  ProfileDraft,
  Readiness,
  RecommendedPath,
  RewriteSuggestion,
  StarStory,
} from "@keel/engine";
import type { Evidence, EvidenceMeasure, EvidenceWorkScale, LocalDate, Profile } from "@keel/model";
import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.js";

// The career hub's API: everything is the signed-in user's own, not a project's, so the query keys
// start with "career" and no project event touches them.

export interface ProfileRecord {
  readonly profile: Profile | null;
  readonly version?: number | undefined;
}

export type EvidenceRecord = Evidence & { readonly version: number };

/** A win Keel found in the user's project data; it enters the inventory only when accepted. */
export interface Suggestion {
  readonly key: string;
  readonly rule: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly ref: string;
  readonly title: string;
  readonly situation: string;
  readonly action: string;
  readonly result: string;
  readonly metrics: readonly EvidenceMeasure[];
  readonly scale: EvidenceWorkScale;
  readonly competencies: readonly string[];
  readonly date: string;
  /** The app path of the project view the win comes from. */
  readonly link: string;
}

export interface EligibilityAnswer {
  readonly certifications: readonly CertificationEligibility[];
  readonly path: RecommendedPath;
}

export interface BulletAnswer {
  readonly analysis: BulletAnalysis;
  readonly rewrite: RewriteSuggestion;
}

export interface DraftsAnswer {
  readonly headline: ProfileDraft;
  readonly about: ProfileDraft;
}

export interface InterviewAnswer {
  readonly stories: readonly StarStory[];
  readonly coverage: Coverage;
}

/** One check of an exercise's completion rule on one project. */
export interface ExerciseCheck {
  readonly text: string;
  readonly have: number;
  readonly need: number;
  readonly met: boolean;
}

/** A practice exercise with how far the user's projects go toward it. */
export interface ExerciseStatus {
  readonly id: string;
  readonly title: string;
  readonly competencies: readonly string[];
  readonly steps: readonly string[];
  readonly opens: { readonly view: string; readonly template: string };
  readonly available: boolean;
  readonly because?: string | undefined;
  readonly doneWhen: string;
  readonly done: boolean;
  /** The project closest to done, with its checks; absent when no project counts. */
  readonly best?:
    | {
        readonly projectId: string;
        readonly projectName: string;
        readonly done: boolean;
        readonly checks: readonly ExerciseCheck[];
      }
    | undefined;
  /** Where "Open in Keel" goes: an app path. */
  readonly link?: string | undefined;
}

export interface ShareLink {
  readonly token: string;
  readonly url: string;
}

export type PortfolioFormat = "md" | "html" | "pdf";

export interface PortfolioRequest {
  readonly title: string;
  readonly evidenceIds: readonly string[];
  readonly projectIds: readonly string[];
}

export const careerKeys = {
  all: ["career"] as const,
  profile: ["career", "profile"] as const,
  evidence: ["career", "evidence"] as const,
  suggestions: ["career", "suggestions"] as const,
  readiness: ["career", "readiness"] as const,
  competencies: ["career", "competencies"] as const,
  eligibility: ["career", "eligibility"] as const,
  drafts: ["career", "drafts"] as const,
  exercises: ["career", "exercises"] as const,
  interview: ["career", "interview"] as const,
  question: (seed: number) => ["career", "interview", "question", seed] as const,
};

export const CAREER = "/api/me/career";

export function useProfile() {
  return useQuery({
    queryKey: careerKeys.profile,
    queryFn: async (): Promise<ProfileRecord> => {
      try {
        return await api<ProfileRecord>("GET", `${CAREER}/profile`);
      } catch (error) {
        // No profile yet is a state to fill in, not an error.
        if (error instanceof ApiError && error.status === 404) return { profile: null };
        throw error;
      }
    },
  });
}

export function useEvidence() {
  return useQuery({
    queryKey: careerKeys.evidence,
    queryFn: () => api<EvidenceRecord[]>("GET", `${CAREER}/evidence`),
  });
}

export function useSuggestions() {
  return useQuery({
    queryKey: careerKeys.suggestions,
    queryFn: () => api<Suggestion[]>("GET", `${CAREER}/suggestions`),
  });
}

/** Readiness for every target role (or the one asked for); one answer or a list, as a list. */
export function useReadiness() {
  return useQuery({
    queryKey: careerKeys.readiness,
    queryFn: async () =>
      asList(await api<Readiness | Readiness[] | { roles: Readiness[] }>("GET", `${CAREER}/readiness`)),
  });
}

/** Readiness for one role the user has not chosen as a target. */
export function useRoleReadiness(role: string | undefined) {
  return useQuery({
    queryKey: [...careerKeys.readiness, role ?? ""],
    enabled: role !== undefined,
    queryFn: async () =>
      asList(
        await api<Readiness | Readiness[] | { roles: Readiness[] }>(
          "GET",
          `${CAREER}/readiness?role=${encodeURIComponent(role ?? "")}`,
        ),
      )[0],
  });
}

export function useCompetencies() {
  return useQuery({
    queryKey: careerKeys.competencies,
    queryFn: () => api<CompetencyStrength[]>("GET", `${CAREER}/competencies`),
  });
}

export function useEligibility() {
  return useQuery({
    queryKey: careerKeys.eligibility,
    queryFn: () => api<EligibilityAnswer>("GET", `${CAREER}/eligibility`),
    // 422 means "no profile yet": the page says what to do instead of retrying.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 1,
  });
}

export function useDrafts() {
  return useQuery({
    queryKey: careerKeys.drafts,
    queryFn: () => api<DraftsAnswer>("GET", `${CAREER}/drafts`),
  });
}

export function useExercises() {
  return useQuery({
    queryKey: careerKeys.exercises,
    queryFn: () => api<ExerciseStatus[]>("GET", `${CAREER}/exercises`),
  });
}

export function useInterview() {
  return useQuery({
    queryKey: careerKeys.interview,
    queryFn: () => api<InterviewAnswer>("GET", `${CAREER}/interview`),
  });
}

export function usePracticeQuestion(seed: number | undefined) {
  return useQuery({
    queryKey: careerKeys.question(seed ?? 0),
    enabled: seed !== undefined,
    queryFn: () => api<PracticeQuestion>("GET", `${CAREER}/interview/question?seed=${seed ?? 0}`),
  });
}

function asList<T>(answer: T | T[] | { roles: T[] }): T[] {
  if (Array.isArray(answer)) return answer;
  if (typeof answer === "object" && answer !== null && "roles" in answer) return answer.roles;
  return [answer];
}

/** A file the server renders (the portfolio), with its name; an error answer becomes an ApiError. */
export async function fetchFile(
  path: string,
  body: unknown,
  csrf: string | null,
  fallbackName: string,
): Promise<{ readonly blob: Blob; readonly fileName: string }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", ...(csrf === null ? {} : { "x-csrf-token": csrf }) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "offline", "Keel cannot be reached. Check your connection.");
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => undefined)) as
      | { error?: { code: string; message: string; fields?: { path: string; message: string }[] } }
      | undefined;
    throw new ApiError(
      response.status,
      answer?.error?.code ?? "error",
      answer?.error?.message ?? `export failed (${response.status})`,
      answer?.error?.fields ?? [],
    );
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName };
}

/** The reader's date, `YYYY-MM-DD`: dates are checked against the user's day, as the server does. */
export function localToday(now = new Date()): LocalDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as LocalDate;
}
