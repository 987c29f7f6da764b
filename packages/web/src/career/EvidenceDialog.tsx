import { COMPETENCIES, TALENT_TRIANGLE } from "@keel/engine";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../api/client.js";
import { localToday } from "./career-api.js";
import { ApiProblem } from "./career-ui.js";
import { type EvidenceForm, type EvidenceStart, evidenceForm, evidenceOf } from "./evidence-form.js";
import { type FieldErrors, fieldErrors, rowKey } from "./profile-form.js";

interface EvidenceDialogProps {
  readonly title: string;
  /** What the form starts from: an entry, a suggestion, or a few prefilled fields. */
  readonly start: EvidenceStart;
  readonly submitLabel: string;
  /** A note above the form, such as where a suggestion came from. */
  readonly note?: ReactNode;
  /** Sends the checked body; rejects with the API's error to show in place. */
  readonly save: (input: object) => Promise<unknown>;
  readonly close: () => void;
}

/**
 * One win in a modal form: situation, action, result, its numbers and scale, the competencies it
 * shows, its date and who sees it. Checked with the model's rules before anything is sent.
 */
export function EvidenceDialog({ title, start, submitLabel, note, save, close }: EvidenceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [form, setForm] = useState<EvidenceForm>(() => evidenceForm(start, localToday()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => dialog.current?.showModal(), []);

  const set = (next: Partial<EvidenceForm>) => setForm((f) => ({ ...f, ...next }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = evidenceOf(form, localToday());
    if ("errors" in result) {
      setErrors(result.errors);
      setProblem(undefined);
      requestAnimationFrame(() =>
        dialog.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus(),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await save(result.input);
      dialog.current?.close();
      close();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) setErrors(fieldErrors(error.fields));
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const describe = (path: string) => (errors[path] === undefined ? undefined : `${id}-${path}-error`);
  const error = (path: string) =>
    errors[path] === undefined ? null : (
      <span id={`${id}-${path}-error`} className="field-error">
        {errors[path]}
      </span>
    );
  const text = (key: "title" | "project" | "role", label: string, placeholder?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={form[key]}
        placeholder={placeholder}
        aria-invalid={errors[key] !== undefined}
        aria-describedby={describe(key)}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {error(key)}
    </div>
  );
  const story = (key: "situation" | "action" | "result", label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <textarea
        id={`${id}-${key}`}
        rows={2}
        value={form[key]}
        placeholder={hint}
        aria-invalid={errors[key] !== undefined}
        aria-describedby={describe(key)}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {error(key)}
    </div>
  );
  const scale = (key: "teams" | "people" | "budget" | "durationWeeks", label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="decimal"
        value={form[key]}
        aria-invalid={errors[`scale.${key}`] !== undefined}
        aria-describedby={describe(`scale.${key}`)}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      {error(`scale.${key}`)}
    </div>
  );

  return (
    <dialog ref={dialog} className="card career-dialog" aria-labelledby={`${id}-heading`} onClose={close}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`} className="career-dialog-title">
          {title}
        </h2>
        {note}
        <div className="career-grid career-grid-title">
          {text("title", "Title", "Brought the portal relaunch back on track")}
          <div className="field">
            <label htmlFor={`${id}-date`}>Date of the result</label>
            <input
              id={`${id}-date`}
              type="date"
              value={form.date}
              aria-invalid={errors.date !== undefined}
              aria-describedby={describe("date")}
              onChange={(e) => set({ date: e.target.value })}
            />
            {error("date")}
          </div>
          {text("project", "Project")}
          {text("role", "Your role")}
        </div>
        {story("situation", "Situation", "Where you were and what was at stake")}
        {story("action", "Action", "What you did yourself: the longest part")}
        {story("result", "Result", "What changed because of it")}

        <fieldset className="career-fieldset career-compact">
          <legend>Metrics</legend>
          {form.metrics.length === 0 && (
            <p className="muted career-hint">
              A number makes a win count for more: before and after, time, money, defects.
            </p>
          )}
          {form.metrics.map((m, i) => (
            <div key={m.key} className="career-metric">
              <input
                aria-label={`Metric ${i + 1} name`}
                placeholder="release time"
                value={m.name}
                aria-invalid={errors[`metrics.${i}.name`] !== undefined}
                onChange={(e) =>
                  set({
                    metrics: form.metrics.map((x) => (x.key === m.key ? { ...x, name: e.target.value } : x)),
                  })
                }
              />
              <input
                aria-label={`Metric ${i + 1} value`}
                placeholder="35"
                inputMode="decimal"
                className="career-metric-value"
                value={m.value}
                aria-invalid={errors[`metrics.${i}.value`] !== undefined}
                onChange={(e) =>
                  set({
                    metrics: form.metrics.map((x) => (x.key === m.key ? { ...x, value: e.target.value } : x)),
                  })
                }
              />
              <input
                aria-label={`Metric ${i + 1} unit`}
                placeholder="%"
                className="career-metric-unit"
                value={m.unit}
                onChange={(e) =>
                  set({
                    metrics: form.metrics.map((x) => (x.key === m.key ? { ...x, unit: e.target.value } : x)),
                  })
                }
              />
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Remove metric ${i + 1}`}
                onClick={() => set({ metrics: form.metrics.filter((x) => x.key !== m.key) })}
              >
                ✕
              </button>
              {(errors[`metrics.${i}.name`] ?? errors[`metrics.${i}.value`]) !== undefined && (
                <span className="field-error career-metric-error">
                  {errors[`metrics.${i}.name`] ?? errors[`metrics.${i}.value`]}
                </span>
              )}
            </div>
          ))}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              set({ metrics: [...form.metrics, { key: rowKey(), name: "", value: "", unit: "" }] })
            }
          >
            + Add metric
          </button>
        </fieldset>

        <fieldset className="career-fieldset career-compact">
          <legend>Scale</legend>
          <div className="career-grid career-grid-4">
            {scale("teams", "Teams")}
            {scale("people", "People")}
            {scale("budget", "Budget")}
            {scale("durationWeeks", "Weeks")}
          </div>
        </fieldset>

        <fieldset className="career-fieldset career-compact">
          <legend>Competencies it shows</legend>
          {errors.competencies !== undefined && <span className="field-error">{errors.competencies}</span>}
          <div className="career-competency-groups">
            {TALENT_TRIANGLE.map((area) => (
              <div key={area.id} className="career-competency-group">
                <p className="career-group-name">{area.name}</p>
                {COMPETENCIES.filter((c) => c.group === area.id).map((c) => (
                  <label key={c.id} className="career-check" title={c.description}>
                    <input
                      type="checkbox"
                      checked={form.competencies.includes(c.id)}
                      onChange={(e) =>
                        set({
                          competencies: e.target.checked
                            ? [...form.competencies, c.id]
                            : form.competencies.filter((x) => x !== c.id),
                        })
                      }
                    />
                    {c.name}
                  </label>
                ))}
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset className="career-fieldset career-compact">
          <legend>Who sees it</legend>
          <div className="career-checks">
            <label className="career-check">
              <input
                type="radio"
                name={`${id}-visibility`}
                checked={form.visibility === "private"}
                onChange={() => set({ visibility: "private" })}
              />
              Only me
            </label>
            <label className="career-check">
              <input
                type="radio"
                name={`${id}-visibility`}
                checked={form.visibility === "portfolio"}
                onChange={() => set({ visibility: "portfolio" })}
              />
              May appear on my shared portfolio
            </label>
          </div>
        </fieldset>

        {problem !== undefined && Object.keys(errors).length === 0 && <ApiProblem error={problem} />}
        {Object.keys(errors).length > 0 && (
          <p className="form-error" role="alert">
            Not saved: {Object.keys(errors).length === 1 ? "a field needs" : "some fields need"} another look.
          </p>
        )}
        <div className="toolbar career-dialog-actions">
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
