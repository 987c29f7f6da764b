import {
  type CertificationId,
  type EducationLevel,
  type ExperienceKind,
  type LocalDate,
  type Profile,
  type ProfileInput,
  type ProfileVisibility,
  parseProfile,
  type TargetRoleId,
  type TrainingDelivery,
  type TrainingKind,
} from "@keel/model";

// The profile as the form holds it: every field a string as typed, lists as rows with a stable key
// so React keeps focus while rows come and go. `profileOf` turns it back into what the API takes
// and checks it with the model's own rules, so the form says what the server would refuse.

export interface ExperienceRow {
  readonly key: string;
  readonly kind: ExperienceKind;
  readonly from: string;
  readonly to: string;
  readonly project: string;
  readonly role: string;
}

export interface TrainingRow {
  readonly key: string;
  readonly title: string;
  readonly provider: string;
  readonly kind: TrainingKind;
  readonly hours: string;
  readonly completed: string;
  readonly delivery: TrainingDelivery | "";
}

export interface CertificationRow {
  readonly key: string;
  readonly id: CertificationId | "";
  readonly earned: string;
  readonly expires: string;
}

export interface ProfileForm {
  readonly currentRole: string;
  readonly background: string;
  readonly education: EducationLevel | "";
  readonly experience: readonly ExperienceRow[];
  readonly training: readonly TrainingRow[];
  readonly certifications: readonly CertificationRow[];
  readonly targetRoles: readonly TargetRoleId[];
  readonly location: string;
  readonly industry: string;
  readonly visibility: ProfileVisibility;
}

/** Field errors by dotted path, as the model and the API name them: `experience.2.to`. */
export type FieldErrors = Readonly<Record<string, string>>;

let rows = 0;
export const rowKey = (): string => `row-${++rows}`;

export const EMPTY_PROFILE_FORM: ProfileForm = {
  currentRole: "",
  background: "",
  education: "",
  experience: [],
  training: [],
  certifications: [],
  targetRoles: [],
  location: "",
  industry: "",
  visibility: "private",
};

export function profileForm(profile: Profile | null | undefined): ProfileForm {
  if (profile === null || profile === undefined) return EMPTY_PROFILE_FORM;
  return {
    currentRole: profile.currentRole,
    background: profile.background,
    education: profile.education,
    experience: profile.experience.map((e) => ({
      key: rowKey(),
      kind: e.kind,
      from: e.from,
      to: e.to ?? "",
      project: e.project ?? "",
      role: e.role ?? "",
    })),
    training: profile.training.map((t) => ({
      key: rowKey(),
      title: t.title,
      provider: t.provider,
      kind: t.kind,
      hours: String(t.hours),
      completed: t.completed,
      delivery: t.delivery ?? "",
    })),
    certifications: profile.certifications.map((c) => ({
      key: rowKey(),
      id: c.id,
      earned: c.earned,
      expires: c.expires ?? "",
    })),
    targetRoles: [...profile.targetRoles],
    location: profile.location ?? "",
    industry: profile.industry ?? "",
    visibility: profile.visibility,
  };
}

const optional = (s: string) => (s.trim() === "" ? undefined : s.trim());

/** "12", "12.5", "12,5" as a number; anything else stays text so the schema names it. */
function hoursValue(s: string): number | string {
  const t = s.trim().replace(",", ".");
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : s;
}

/** The form as the API's body, without checking it. */
export function profileInput(form: ProfileForm): ProfileInput {
  return {
    currentRole: form.currentRole.trim(),
    background: form.background.trim(),
    // An empty choice goes through as is so the schema names the field.
    education: form.education as EducationLevel,
    experience: form.experience.map((e) => ({
      kind: e.kind,
      from: e.from.trim(),
      to: optional(e.to),
      project: optional(e.project),
      role: optional(e.role),
    })) as ProfileInput["experience"],
    training: form.training.map((t) => ({
      title: t.title.trim(),
      provider: t.provider.trim(),
      kind: t.kind,
      hours: hoursValue(t.hours) as number,
      completed: t.completed.trim(),
      delivery: t.delivery === "" ? undefined : t.delivery,
    })) as ProfileInput["training"],
    certifications: form.certifications.map((c) => ({
      id: c.id as CertificationId,
      earned: c.earned.trim(),
      expires: optional(c.expires),
    })) as ProfileInput["certifications"],
    targetRoles: [...form.targetRoles],
    location: optional(form.location),
    industry: optional(form.industry),
    visibility: form.visibility,
  };
}

/** Messages a person reads better than the schema's own for a field left empty. */
function friendlier(path: string, message: string, input: ProfileInput): string {
  const [list, index, field] = path.split(".");
  if (path === "education") return "choose your highest education";
  if (list === "certifications" && field === "id") return "choose the certification";
  if (list === "experience" && field === "from" && input.experience?.[Number(index)]?.from === "")
    return "say the month it started";
  if (list === "training" && field === "completed" && input.training?.[Number(index)]?.completed === "")
    return "say when you finished it";
  if (list === "certifications" && field === "earned" && input.certifications?.[Number(index)]?.earned === "")
    return "say when you earned it";
  if (list === "training" && field === "title" && message.startsWith("Too small")) return "name the course";
  if (list === "training" && field === "provider" && message.startsWith("Too small"))
    return "name who gave the course";
  return message;
}

/** The form as a profile, or the field errors the server would answer with. */
export function profileOf(
  form: ProfileForm,
  today: LocalDate,
): { readonly profile: Profile } | { readonly errors: FieldErrors } {
  const input = profileInput(form);
  const parsed = parseProfile(input, today);
  if (parsed.ok) return { profile: parsed.profile };
  const errors: Record<string, string> = {};
  for (const issue of parsed.issues) {
    errors[issue.path] ??= friendlier(issue.path, issue.message, input);
  }
  return { errors };
}

/** API field errors (`[{ path, message }]`) keyed by path; a path under `profile.` loses that prefix. */
export function fieldErrors(fields: readonly { path: string; message: string }[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const f of fields) errors[f.path.replace(/^profile\./, "")] ??= f.message;
  return errors;
}

/** Errors at or under `prefix` (a row: `experience.2`), for the row's own summary. */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([, message]) => message);
}

/** A row removed: the errors of later rows move up with them, so each stays beside its own field. */
export function withoutRow(errors: FieldErrors, list: string, index: number): FieldErrors {
  const next: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const [head, at, ...rest] = path.split(".");
    const i = Number(at);
    if (head !== list || !Number.isInteger(i)) next[path] = message;
    else if (i < index) next[path] = message;
    else if (i > index) next[[head, i - 1, ...rest].join(".")] = message;
  }
  return next;
}
