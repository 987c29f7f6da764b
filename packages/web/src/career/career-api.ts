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
  /** Null until the profile is first saved. */
  readonly version?: number | null | undefined;
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

/** A suggestion the user dismissed, which a restore brings back. */
export type DismissedSuggestion = Suggestion & { readonly dismissedAt: string };

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
  readonly compare: "at-least" | "at-most";
  readonly met: boolean;
}

/** How far one project goes toward an exercise. */
export interface ExerciseProjectProgress {
  readonly projectId: string;
  readonly projectName: string;
  /** A practice project started for the exercise (as it recorded when made, whatever its name now). */
  readonly practice: boolean;
  readonly done: boolean;
  readonly checks: readonly ExerciseCheck[];
}

/** What "Start this exercise" makes: a practice project from the plan file, with what the exercise needs. */
export interface ExerciseStarterSummary {
  readonly file: string;
  readonly teamTemplate: string | null;
  readonly backlogItems: number;
  readonly kpis: number;
}

/** A practice exercise with its completion rule as data and its progress on each of the user's projects. */
export interface ExerciseStatus {
  readonly id: string;
  readonly title: string;
  readonly competencies: readonly string[];
  readonly steps: readonly string[];
  readonly opens: { readonly view: string; readonly template: string };
  /** Null while the exercise cannot start in Keel. */
  readonly starter: ExerciseStarterSummary | null;
  readonly available: boolean;
  readonly because?: string | undefined;
  readonly doneWhen: string;
  readonly progress: readonly ExerciseProjectProgress[];
  /** The project closest to done; null without projects. */
  readonly best: ExerciseProjectProgress | null;
  /** The evidence it proposes on each project it is done on, while the user has not decided. */
  readonly suggestions: readonly Suggestion[];
}

/** The practice project an exercise started, and the app path of the view it opens on. */
export interface StartedExercise {
  readonly projectId: string;
  readonly projectName: string;
  readonly workspaceId: string;
  readonly view: string;
  readonly link: string;
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
  dismissed: ["career", "suggestions", "dismissed"] as const,
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

/** Suggestions come from project data, which other views change: asked again on every visit. */
export function useSuggestions() {
  return useQuery({
    queryKey: careerKeys.suggestions,
    queryFn: () => api<Suggestion[]>("GET", `${CAREER}/suggestions`),
    staleTime: 0,
  });
}

/** Dismissed suggestions the data still shows: asked again on every visit, as suggestions are. */
export function useDismissedSuggestions() {
  return useQuery({
    queryKey: careerKeys.dismissed,
    queryFn: () => api<DismissedSuggestion[]>("GET", `${CAREER}/suggestions/dismissed`),
    staleTime: 0,
  });
}

/** Takes a dismissal back: the suggestion is suggested again. */
export function restoreSuggestion(key: string): Promise<void> {
  return api<void>("DELETE", `${CAREER}/suggestions/${encodeURIComponent(key)}/decision`);
}

type ReadinessAnswer = { readonly readiness: readonly Readiness[] };

/** Readiness for every target role of the profile; 422 without a profile or target roles. */
export function useReadiness() {
  return useQuery({
    queryKey: careerKeys.readiness,
    queryFn: async () => (await api<ReadinessAnswer>("GET", `${CAREER}/readiness`)).readiness,
    retry: noRetryOnRefusal,
  });
}

/** Readiness for one role the user has not chosen as a target. */
export function useRoleReadiness(role: string | undefined) {
  return useQuery({
    queryKey: [...careerKeys.readiness, role ?? ""],
    enabled: role !== undefined,
    queryFn: async () =>
      (await api<ReadinessAnswer>("GET", `${CAREER}/readiness?role=${encodeURIComponent(role ?? "")}`))
        .readiness[0],
    retry: noRetryOnRefusal,
  });
}

/** A refusal (4xx, such as 422 "fill in your profile first") is an answer: asking again changes nothing. */
function noRetryOnRefusal(count: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1;
}

/** The API's "fill in your profile first" (or "choose a target role"): a state to explain, not an error. */
export function needsProfile(error: unknown): boolean {
  return error instanceof ApiError && error.status === 422;
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
    retry: noRetryOnRefusal,
  });
}

export function useDrafts() {
  return useQuery({
    queryKey: careerKeys.drafts,
    queryFn: () => api<DraftsAnswer>("GET", `${CAREER}/drafts`),
  });
}

/** Progress is read from project data, which other views change: asked again on every visit. */
export function useExercises() {
  return useQuery({
    queryKey: careerKeys.exercises,
    queryFn: () => api<ExerciseStatus[]>("GET", `${CAREER}/exercises`),
    staleTime: 0,
  });
}

/** Makes a practice project for the exercise in the workspace; the answer says where to go. */
export function startExercise(exerciseId: string, workspaceId: string): Promise<StartedExercise> {
  return api<StartedExercise>("POST", `${CAREER}/exercises/${encodeURIComponent(exerciseId)}/start`, {
    workspaceId,
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
  // The UTF-8 name (`filename*`) keeps the title's own characters; the plain one is the fallback.
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const fileName =
    (utf8 === undefined ? undefined : decodeURIComponent(utf8)) ??
    /filename="([^"]+)"/.exec(disposition)?.[1] ??
    fallbackName;
  return { blob: await response.blob(), fileName };
}

/** The reader's date, `YYYY-MM-DD`: dates are checked against the user's day, as the server does. */
export function localToday(now = new Date()): LocalDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as LocalDate;
}
