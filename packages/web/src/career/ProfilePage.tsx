import { CERTIFICATIONS, ROLE_FIT } from "@keel/engine";
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  EXPERIENCE_KINDS,
  type ExperienceKind,
  TARGET_ROLES,
  TRAINING_DELIVERIES,
  TRAINING_KINDS,
  type TrainingDelivery,
  type TrainingKind,
} from "@keel/model";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { ApiError, api } from "../api/client.js";
import { CAREER, careerKeys, localToday, type ProfileRecord, useProfile } from "./career-api.js";
import { ApiProblem, Loading, PageHead } from "./career-ui.js";
import {
  type CertificationRow,
  type ExperienceRow,
  type FieldErrors,
  fieldErrors,
  type ProfileForm,
  profileForm,
  profileOf,
  rowKey,
  type TrainingRow,
  withoutRow,
} from "./profile-form.js";

export const EDUCATION_LABEL: Readonly<Record<EducationLevel, string>> = {
  secondary: "Secondary school",
  associate: "Associate degree",
  bachelor: "Bachelor's degree (four-year)",
  "bachelor-gac": "Bachelor's or postgraduate, GAC-accredited",
  master: "Master's degree",
  doctorate: "Doctorate",
};

export const KIND_LABEL: Readonly<Record<ExperienceKind, string>> = {
  leading: "Leading projects",
  team: "On a project team",
  agile: "On an agile team",
};

const TRAINING_LABEL: Readonly<Record<TrainingKind, string>> = {
  pm: "Project management education",
  agile: "Agile training",
  "scrum-course-cst": "Scrum course with a Certified Scrum Trainer",
  other: "Other",
};

const DELIVERY_LABEL: Readonly<Record<TrainingDelivery, string>> = {
  "in-person": "In person",
  "live-online": "Live online",
  "self-paced": "Self-paced",
};

export const ROLE_NAME: ReadonlyMap<string, string> = new Map(ROLE_FIT.map((r) => [r.role, r.name]));

/**
 * The person behind the advice: current role, background, education, experience by kind (what PMI
 * counts), training hours, certificates held, target roles. Checked with the model's rules as the
 * server checks it, so a bad date or a negative hour count is named beside its field and nothing is sent.
 */
export function ProfilePage() {
  const id = useId();
  const client = useQueryClient();
  const stored = useProfile();
  const [form, setForm] = useState<ProfileForm>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  // The form starts from the stored profile once it has loaded, and after each save.
  useEffect(() => {
    if (stored.data !== undefined && form === undefined) setForm(profileForm(stored.data.profile));
  }, [stored.data, form]);

  const save = useMutation({
    mutationFn: (body: { profile: unknown; version?: number | null }) =>
      api<ProfileRecord>("PUT", `${CAREER}/profile`, body),
    onSuccess: (record) => {
      client.setQueryData(careerKeys.profile, record);
      // Readiness, eligibility, drafts and the rest read the profile.
      client.invalidateQueries({ queryKey: careerKeys.all, predicate: (q) => q.queryKey[1] !== "profile" });
      setForm(profileForm(record.profile));
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0) setErrors(fieldErrors(error.fields));
    },
  });

  if (stored.isError) return <ApiProblem error={stored.error} />;
  if (form === undefined) return <Loading what="your profile" />;

  const update = (next: Partial<ProfileForm>) => {
    setForm({ ...form, ...next });
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = profileOf(form, localToday());
    if ("errors" in result) {
      setErrors(result.errors);
      // Focus the first field that needs another look, so keyboard users land on it.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(".career-profile [aria-invalid='true']")?.focus(),
      );
      return;
    }
    setErrors({});
    save.mutate({
      profile: result.profile,
      ...(typeof stored.data?.version === "number" ? { version: stored.data.version } : {}),
    });
  };
  const errorCount = Object.keys(errors).length;
  const fresh = stored.data?.profile === null;

  return (
    <section aria-labelledby={`${id}-title`} className="career-profile">
      <PageHead id={`${id}-title`} title="Profile">
        What the certification advice, readiness and drafts are built from. Private by default: only you see
        it.
      </PageHead>
      {fresh && (
        <p className="career-callout">
          No profile yet. Fill in at least your education and your months leading projects to see which
          certifications you can sit and when; add target roles for readiness.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset className="career-fieldset">
          <legend>About you</legend>
          <div className="career-grid">
            <TextField
              label="Current role"
              value={form.currentRole}
              set={(currentRole) => update({ currentRole })}
              placeholder="Senior backend engineer"
              error={errors.currentRole}
            />
            <div className="field">
              <label htmlFor={`${id}-education`}>Highest education</label>
              <select
                id={`${id}-education`}
                value={form.education}
                aria-invalid={errors.education !== undefined}
                aria-describedby={errors.education === undefined ? undefined : `${id}-education-error`}
                onChange={(e) => update({ education: e.target.value as EducationLevel | "" })}
              >
                <option value="">Choose…</option>
                {EDUCATION_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {EDUCATION_LABEL[level]}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-education-error`} message={errors.education} />
            </div>
            <TextField
              label="Location"
              value={form.location}
              set={(location) => update({ location })}
              placeholder="Berlin, remote"
              error={errors.location}
            />
            <TextField
              label="Industry"
              value={form.industry}
              set={(industry) => update({ industry })}
              placeholder="Fintech"
              error={errors.industry}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-background`}>Technical background</label>
            <textarea
              id={`${id}-background`}
              rows={3}
              value={form.background}
              placeholder="Stacks, systems and domains you worked in: payments APIs, Kubernetes, data pipelines…"
              onChange={(e) => update({ background: e.target.value })}
            />
          </div>
        </fieldset>

        <fieldset className="career-fieldset">
          <legend>Target roles</legend>
          <p className="muted career-hint">
            Readiness is scored for each; the certification path weighs what these roles ask for.
          </p>
          <div className="career-checks">
            {TARGET_ROLES.map((role) => (
              <label key={role} className="career-check">
                <input
                  type="checkbox"
                  checked={form.targetRoles.includes(role)}
                  onChange={(e) =>
                    update({
                      targetRoles: e.target.checked
                        ? TARGET_ROLES.filter((r) => r === role || form.targetRoles.includes(r))
                        : form.targetRoles.filter((r) => r !== role),
                    })
                  }
                />
                {ROLE_NAME.get(role) ?? role}
              </label>
            ))}
          </div>
        </fieldset>

        <RowsSection
          legend="Experience"
          hint="Stretches of months by kind: PMI counts months leading projects (the job title need not say project manager) and months on agile teams separately. Work that is both goes in once per kind. Leave the end empty while it goes on."
          addLabel="Add experience"
          empty="No experience yet."
          add={() =>
            update({
              experience: [
                ...form.experience,
                { key: rowKey(), kind: "leading", from: "", to: "", project: "", role: "" },
              ],
            })
          }
          headers={["Kind", "From", "To", "Project", "Role", ""]}
          rows={form.experience.map((row, i) => (
            <ExperienceRowView
              key={row.key}
              row={row}
              index={i}
              errors={errors}
              set={(next) =>
                update({ experience: form.experience.map((r) => (r.key === row.key ? next : r)) })
              }
              remove={() => {
                update({ experience: form.experience.filter((r) => r.key !== row.key) });
                setErrors(withoutRow(errors, "experience", i));
              }}
            />
          ))}
        />

        <RowsSection
          legend="Training"
          hint="Courses finished, with their contact hours: PMP asks for 35 hours of project management education, CAPM 23, PMI-ACP 28 of agile training."
          addLabel="Add training"
          empty="No training yet."
          add={() =>
            update({
              training: [
                ...form.training,
                {
                  key: rowKey(),
                  title: "",
                  provider: "",
                  kind: "pm",
                  hours: "",
                  completed: "",
                  delivery: "",
                },
              ],
            })
          }
          headers={["Course", "Provider", "Kind", "Hours", "Completed", "Delivery", ""]}
          rows={form.training.map((row, i) => (
            <TrainingRowView
              key={row.key}
              row={row}
              index={i}
              errors={errors}
              set={(next) => update({ training: form.training.map((r) => (r.key === row.key ? next : r)) })}
              remove={() => {
                update({ training: form.training.filter((r) => r.key !== row.key) });
                setErrors(withoutRow(errors, "training", i));
              }}
            />
          ))}
        />

        <RowsSection
          legend="Certifications held"
          hint="Leave the expiry empty to assume the body's usual validity."
          addLabel="Add certification"
          empty="None yet."
          add={() =>
            update({
              certifications: [...form.certifications, { key: rowKey(), id: "", earned: "", expires: "" }],
            })
          }
          headers={["Certification", "Earned", "Expires", ""]}
          rows={form.certifications.map((row, i) => (
            <CertificationRowView
              key={row.key}
              row={row}
              index={i}
              errors={errors}
              set={(next) =>
                update({ certifications: form.certifications.map((r) => (r.key === row.key ? next : r)) })
              }
              remove={() => {
                update({ certifications: form.certifications.filter((r) => r.key !== row.key) });
                setErrors(withoutRow(errors, "certifications", i));
              }}
            />
          ))}
        />

        <fieldset className="career-fieldset">
          <legend>Who sees it</legend>
          <div className="career-checks">
            <label className="career-check">
              <input
                type="radio"
                name={`${id}-visibility`}
                checked={form.visibility === "private"}
                onChange={() => update({ visibility: "private" })}
              />
              Only me (private, the default)
            </label>
            <label className="career-check">
              <input
                type="radio"
                name={`${id}-visibility`}
                checked={form.visibility === "workspace"}
                onChange={() => update({ visibility: "workspace" })}
              />
              Members of my workspaces
            </label>
          </div>
        </fieldset>

        <div className="toolbar career-save">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save profile"}
          </button>
          <span role="status" className={errorCount > 0 ? "form-error" : "muted"}>
            {errorCount > 0
              ? `Not saved: ${errorCount} ${errorCount === 1 ? "field needs" : "fields need"} another look.`
              : saved
                ? "Saved. Readiness and certifications are up to date."
                : ""}
          </span>
          {saved && (
            <Link to="/career/certifications" className="btn btn-small">
              See certifications
            </Link>
          )}
        </div>
        {save.isError && !(save.error instanceof ApiError && save.error.fields.length > 0) && (
          <ApiProblem
            error={
              save.error instanceof ApiError && save.error.status === 409
                ? new Error(
                    "Your profile was changed in another tab or window. Reload the page to see it; your edits here are not saved.",
                  )
                : save.error
            }
          />
        )}
      </form>
    </section>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message === undefined ? null : (
    <span id={id} className="field-error">
      {message}
    </span>
  );
}

function TextField({
  label,
  value,
  set,
  placeholder,
  error,
}: {
  label: string;
  value: string;
  set: (v: string) => void;
  placeholder?: string;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onChange={(e) => set(e.target.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function RowsSection({
  legend,
  hint,
  addLabel,
  empty,
  add,
  headers,
  rows,
}: {
  legend: string;
  hint: string;
  addLabel: string;
  empty: string;
  add: () => void;
  headers: readonly string[];
  rows: readonly ReactNode[];
}) {
  return (
    <fieldset className="career-fieldset">
      <legend>{legend}</legend>
      <p className="muted career-hint">{hint}</p>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="career-rows">
          <thead>
            <tr>
              {headers.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <th key={i} scope="col">
                  {h === "" ? <span className="visually-hidden">Remove</span> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
      <button type="button" className="btn btn-small" onClick={add}>
        + {addLabel}
      </button>
    </fieldset>
  );
}

/** One input of a row, labelled for screen readers ("Experience 2 to") and with its error below. */
function Cell({
  label,
  path,
  errors,
  children,
}: {
  label: string;
  path: string;
  errors: FieldErrors;
  children: (props: {
    "aria-label": string;
    "aria-invalid": boolean;
    "aria-describedby": string | undefined;
  }) => ReactNode;
}) {
  const id = useId();
  const error = errors[path];
  return (
    <td>
      {children({
        "aria-label": label,
        "aria-invalid": error !== undefined,
        "aria-describedby": error === undefined ? undefined : id,
      })}
      <FieldError id={id} message={error} />
    </td>
  );
}

interface RowProps<T> {
  readonly row: T;
  readonly index: number;
  readonly errors: FieldErrors;
  readonly set: (next: T) => void;
  readonly remove: () => void;
}

function RemoveCell({ label, remove }: { label: string; remove: () => void }) {
  return (
    <td>
      <button type="button" className="btn btn-small" aria-label={`Remove ${label}`} onClick={remove}>
        ✕
      </button>
    </td>
  );
}

function ExperienceRowView({ row, index, errors, set, remove }: RowProps<ExperienceRow>) {
  const name = `Experience ${index + 1}`;
  const at = `experience.${index}`;
  return (
    <tr>
      <Cell label={`${name} kind`} path={`${at}.kind`} errors={errors}>
        {(a) => (
          <select
            {...a}
            value={row.kind}
            onChange={(e) => set({ ...row, kind: e.target.value as ExperienceKind })}
          >
            {EXPERIENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        )}
      </Cell>
      <Cell label={`${name} from`} path={`${at}.from`} errors={errors}>
        {(a) => (
          <input
            {...a}
            type="month"
            value={row.from}
            onChange={(e) => set({ ...row, from: e.target.value })}
          />
        )}
      </Cell>
      <Cell label={`${name} to`} path={`${at}.to`} errors={errors}>
        {(a) => (
          <input
            {...a}
            type="month"
            value={row.to}
            title="Empty while the work goes on"
            onChange={(e) => set({ ...row, to: e.target.value })}
          />
        )}
      </Cell>
      <Cell label={`${name} project`} path={`${at}.project`} errors={errors}>
        {(a) => (
          <input {...a} value={row.project} onChange={(e) => set({ ...row, project: e.target.value })} />
        )}
      </Cell>
      <Cell label={`${name} role`} path={`${at}.role`} errors={errors}>
        {(a) => <input {...a} value={row.role} onChange={(e) => set({ ...row, role: e.target.value })} />}
      </Cell>
      <RemoveCell label={name} remove={remove} />
    </tr>
  );
}

function TrainingRowView({ row, index, errors, set, remove }: RowProps<TrainingRow>) {
  const name = `Training ${index + 1}`;
  const at = `training.${index}`;
  return (
    <tr>
      <Cell label={`${name} course`} path={`${at}.title`} errors={errors}>
        {(a) => <input {...a} value={row.title} onChange={(e) => set({ ...row, title: e.target.value })} />}
      </Cell>
      <Cell label={`${name} provider`} path={`${at}.provider`} errors={errors}>
        {(a) => (
          <input {...a} value={row.provider} onChange={(e) => set({ ...row, provider: e.target.value })} />
        )}
      </Cell>
      <Cell label={`${name} kind`} path={`${at}.kind`} errors={errors}>
        {(a) => (
          <select
            {...a}
            value={row.kind}
            onChange={(e) => set({ ...row, kind: e.target.value as TrainingKind })}
          >
            {TRAINING_KINDS.map((k) => (
              <option key={k} value={k}>
                {TRAINING_LABEL[k]}
              </option>
            ))}
          </select>
        )}
      </Cell>
      <Cell label={`${name} hours`} path={`${at}.hours`} errors={errors}>
        {(a) => (
          <input
            {...a}
            className="career-hours"
            inputMode="decimal"
            value={row.hours}
            onChange={(e) => set({ ...row, hours: e.target.value })}
          />
        )}
      </Cell>
      <Cell label={`${name} completed`} path={`${at}.completed`} errors={errors}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={row.completed}
            onChange={(e) => set({ ...row, completed: e.target.value })}
          />
        )}
      </Cell>
      <Cell label={`${name} delivery`} path={`${at}.delivery`} errors={errors}>
        {(a) => (
          <select
            {...a}
            value={row.delivery}
            onChange={(e) => set({ ...row, delivery: e.target.value as TrainingDelivery | "" })}
          >
            <option value="">—</option>
            {TRAINING_DELIVERIES.map((d) => (
              <option key={d} value={d}>
                {DELIVERY_LABEL[d]}
              </option>
            ))}
          </select>
        )}
      </Cell>
      <RemoveCell label={name} remove={remove} />
    </tr>
  );
}

function CertificationRowView({ row, index, errors, set, remove }: RowProps<CertificationRow>) {
  const name = `Certification ${index + 1}`;
  const at = `certifications.${index}`;
  return (
    <tr>
      <Cell label={name} path={`${at}.id`} errors={errors}>
        {(a) => (
          <select
            {...a}
            value={row.id}
            onChange={(e) => set({ ...row, id: e.target.value as CertificationRow["id"] })}
          >
            <option value="">Choose…</option>
            {CERTIFICATIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.id})
              </option>
            ))}
            <option value="IPMA">IPMA (any level, A–D)</option>
          </select>
        )}
      </Cell>
      <Cell label={`${name} earned`} path={`${at}.earned`} errors={errors}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={row.earned}
            onChange={(e) => set({ ...row, earned: e.target.value })}
          />
        )}
      </Cell>
      <Cell label={`${name} expires`} path={`${at}.expires`} errors={errors}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={row.expires}
            onChange={(e) => set({ ...row, expires: e.target.value })}
          />
        )}
      </Cell>
      <RemoveCell label={name} remove={remove} />
    </tr>
  );
}
