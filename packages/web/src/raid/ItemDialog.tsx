import type { StaleItem } from "@keel/engine";
import type { RiskScales } from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { formatDate } from "../ui/format.js";
import { ActionsEditor } from "./ActionsEditor.js";
import type { KindView } from "./kind-views.js";
import type { LeafTask } from "./leaf-tasks.js";
import { daysLate } from "./raid-dates.js";
import { type Draft, draftOf, draftPatch, type FieldSpec, rebaseDraft, sameValue } from "./raid-fields.js";
import { KINDS, type RaidKind, type RaidRecord, type RecordOf } from "./raid-kinds.js";
import { type ActionDraft, actionDrafts, actionsValue } from "./risk-actions.js";
import { TaskPicker } from "./TaskPicker.js";

interface ItemDialogProps<T extends RaidRecord> {
  readonly kind: RaidKind;
  readonly item: T;
  readonly view: KindView<T>;
  readonly scales: RiskScales;
  readonly tasks: readonly LeafTask[];
  readonly stale: StaleItem | undefined;
  readonly canEdit: boolean;
  /** Sends the changed fields of the item at `version`; resolves with a refusal to show in the dialog. */
  readonly save: (patch: Record<string, unknown>, version: number) => Promise<string | undefined>;
  readonly remove: () => void;
  readonly close: () => void;
}

const HINTS: Readonly<Record<string, string>> = {
  delay: "Added to each linked task: 5d, 2w, 3ed.",
  trigger: "The sign that it is about to happen.",
  "residual.probability": "Once the response is in place; empty if not scored.",
  review: "After this date the risk shows as stale until it is reviewed.",
  validateBy: "After this date an unvalidated assumption shows as stale.",
  expected: "The provider's latest promise.",
};

const TASK_HINTS: Record<RaidKind, string> = {
  risk: "A forecast adds the delay to each linked task in the runs where the risk happens.",
  assumption: "The tasks that rest on this assumption.",
  issue: "The tasks this issue holds up.",
  dependency:
    "Linked tasks wait for this date on the Gantt: the delivery once delivered, else the expected date, else the needed-by date.",
};

/** Everything about one RAID item in a modal form; Save sends only what changed, in one PATCH. */
export function ItemDialog<T extends RaidRecord>({
  kind,
  item,
  view,
  scales,
  tasks,
  stale,
  canEdit,
  save,
  remove,
  close,
}: ItemDialogProps<T>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const fields = view.sections.flatMap((s) => s.fields);
  // The item as the form last took it in: changes are diffed against it and sent with its version.
  const [base, setBase] = useState(item);
  const record = base as unknown as Record<string, unknown>;
  const [draft, setDraft] = useState<Draft>(() => draftOf(record, fields));
  const [linked, setLinked] = useState<string[]>(() => [...(item.tasks ?? [])]);
  const [actions, setActions] = useState<ActionDraft[]>(() => actionDrafts(actionsOf(item)));
  if (item.version !== base.version) {
    // Saved elsewhere while open (a live update): untouched fields follow, the user's edits stay.
    const current = item as unknown as Record<string, unknown>;
    setDraft(rebaseDraft(draft, draftOf(record, fields), draftOf(current, fields)));
    if (sameValue(linked, base.tasks ?? [])) setLinked([...(item.tasks ?? [])]);
    if (sameValue(actions, actionDrafts(actionsOf(base)))) setActions(actionDrafts(actionsOf(item)));
    setBase(item);
  }
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Unmounting takes an open modal out of the page; closing it here would report a close to the parent.
  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = draftPatch(record, draft, fields);
    const problems = "errors" in result ? { ...result.errors } : {};
    const patch = "patch" in result ? { ...result.patch } : {};
    if (!sameValue(linked, base.tasks ?? [])) patch.tasks = linked;
    if (kind === "risk") {
      const list = actionsValue(actions);
      if ("error" in list) problems.actions = list.error;
      else if (!sameValue(list.value, record.actions)) patch.actions = list.value;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setRefusal("Some fields need another look.");
      return;
    }
    if (Object.keys(patch).length === 0) return close();
    setBusy(true);
    const refused = await save(patch, base.version);
    setBusy(false);
    if (refused === undefined) close();
    else setRefusal(refused);
  }

  const field = (spec: FieldSpec) => {
    const fieldId = `${id}-${spec.key}`;
    const error = errors[spec.key];
    const hint = spec.key === "chance" ? chanceHint(scales, draft.probability) : HINTS[spec.key];
    const describedBy = [
      error === undefined ? "" : `${fieldId}-error`,
      hint === undefined ? "" : `${fieldId}-hint`,
    ]
      .filter(Boolean)
      .join(" ");
    const common = {
      id: fieldId,
      value: draft[spec.key] ?? "",
      disabled: !canEdit,
      "aria-invalid": error !== undefined,
      "aria-describedby": describedBy === "" ? undefined : describedBy,
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [spec.key]: e.target.value })),
    };
    let control: React.ReactNode;
    if (spec.options !== undefined)
      control = (
        <select {...common}>
          {(spec.type === "optionalEnum" || spec.type === "optionalLevel") && <option value="">—</option>}
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    else if (spec.type === "longText") control = <textarea {...common} rows={2} />;
    else
      control = (
        <input
          {...common}
          type={spec.type === "date" || spec.type === "requiredDate" ? "date" : "text"}
          list={spec.suggestions}
          inputMode={spec.type === "cost" || spec.type === "chance" ? "decimal" : undefined}
          autoComplete="off"
        />
      );
    return (
      <div key={spec.key} className={`raid-detail-field raid-field-${spec.key.replace(".", "-")}`}>
        <label htmlFor={fieldId}>{spec.label}</label>
        {control}
        {hint !== undefined && (
          <span id={`${fieldId}-hint`} className="raid-hint muted">
            {hint}
          </span>
        )}
        {error !== undefined && (
          <span id={`${fieldId}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  const late = kind === "dependency" ? daysLate(item as RecordOf["dependency"]) : undefined;
  return (
    <dialog ref={dialog} className="card raid-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <form onSubmit={submit} noValidate>
        <div className="raid-dialog-head">
          <h2 id={`${id}-title`}>
            <span className="raid-dialog-id">{item.id}</span> {item.name}
          </h2>
          <button type="button" className="btn btn-small raid-quiet" aria-label="Close" onClick={close}>
            ✕
          </button>
        </div>
        {stale !== undefined && (
          <p className="stale-note">
            Needs attention: {stale.reason} ({formatDate(stale.date)}).
          </p>
        )}
        {late !== undefined && (
          <p className="stale-note">
            Late: expected {late} day{late === 1 ? "" : "s"} after the plan needs it; its linked tasks wait
            for it.
          </p>
        )}
        <div className="raid-dialog-body">
          {view.sections.map((section) => (
            <fieldset key={section.title} className="raid-detail-section">
              <legend>{section.title}</legend>
              <div className="raid-detail-grid">{section.fields.map(field)}</div>
            </fieldset>
          ))}
          {kind === "risk" && (
            <>
              <ActionsEditor rows={actions} change={setActions} />
              {errors.actions !== undefined && <p className="field-error">{errors.actions}</p>}
            </>
          )}
          <TaskPicker
            tasks={tasks}
            chosen={linked}
            change={setLinked}
            hint={TASK_HINTS[kind]}
            disabled={!canEdit}
          />
        </div>
        {refusal !== undefined && (
          <p className="form-error" role="alert">
            {refusal}
          </p>
        )}
        <div className="raid-dialog-foot">
          {canEdit && (
            <button type="button" className="btn raid-danger-quiet" onClick={remove}>
              Delete {KINDS[kind].noun}
            </button>
          )}
          <span className="raid-spacer" />
          <button type="button" className="btn" onClick={close}>
            {canEdit ? "Cancel" : "Close"}
          </button>
          {canEdit && (
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? "Saving…" : "Save"}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}

function actionsOf(item: RaidRecord) {
  return "actions" in item ? item.actions : undefined;
}

function chanceHint(scales: RiskScales, probability: string | undefined): string {
  const level = scales.probability[Number(probability) - 1];
  return level === undefined
    ? "Empty: the probability level's chance."
    : `Empty: ${Math.round(level.chance * 100)} % (${level.label}).`;
}
