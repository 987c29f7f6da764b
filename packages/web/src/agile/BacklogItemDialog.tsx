import type { AgileSettings } from "@keel/model";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { LeafTask } from "../raid/leaf-tasks.js";
import { TaskPicker } from "../raid/TaskPicker.js";
import type { ItemRecord } from "./agile-api.js";
import { LABELS_LIST } from "./BacklogList.js";
import { draftOf, type ItemDraft, itemPatch } from "./item-draft.js";
import { TYPE_NAMES } from "./item-types.js";

export const PEOPLE_LIST = "agile-people";

interface BacklogItemDialogProps {
  readonly item: ItemRecord;
  readonly settings: AgileSettings;
  readonly epics: readonly ItemRecord[];
  readonly tasks: readonly LeafTask[];
  readonly canEdit: boolean;
  /** Sends the changed fields at `version`; resolves with a refusal to show in the dialog. */
  readonly save: (patch: Record<string, unknown>, version: number) => Promise<string | undefined>;
  readonly remove: () => void;
  readonly close: () => void;
}

/**
 * The whole backlog item in a modal: description and acceptance criteria (one a line) beside the
 * fields the list edits in place; an epic also lists the plan tasks it rolls up into. Save sends only
 * what changed, in one PATCH with the version it was opened at.
 */
export function BacklogItemDialog({
  item,
  settings,
  epics,
  tasks,
  canEdit,
  save,
  remove,
  close,
}: BacklogItemDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const unit = settings.estimateUnit;
  const [draft, setDraft] = useState<ItemDraft>(() => draftOf(item, unit));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const status = settings.workflow.statuses.find((s) => s.id === item.status)?.name ?? item.status;

  useEffect(() => dialog.current?.showModal(), []);

  const set = (key: keyof ItemDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: "" }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const change = itemPatch(item, draft, unit);
    if ("errors" in change) return setErrors(change.errors);
    if (Object.keys(change.patch).length > 0) {
      setBusy(true);
      const refused = await save(change.patch, item.version);
      setBusy(false);
      if (refused !== undefined) return setRefusal(refused);
    }
    dialog.current?.close();
  }

  const field = (key: keyof ItemDraft, label: string, input: (props: object) => ReactNode, hint?: string) => {
    const error = errors[key];
    const describedBy = [hint === undefined ? "" : `${id}-${key}-hint`, error ? `${id}-${key}-error` : ""]
      .join(" ")
      .trim();
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {hint !== undefined && (
          <span id={`${id}-${key}-hint`} className="muted field-hint">
            {hint}
          </span>
        )}
        {input({
          id: `${id}-${key}`,
          value: draft[key],
          disabled: !canEdit,
          "aria-invalid": Boolean(error),
          "aria-describedby": describedBy === "" ? undefined : describedBy,
          onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
        })}
        {error ? (
          <span id={`${id}-${key}-error`} className="field-error">
            {error}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <dialog
      ref={dialog}
      className="card agile-dialog item-dialog"
      aria-labelledby={`${id}-title`}
      onClose={close}
    >
      <form onSubmit={submit} noValidate>
        <div className="agile-dialog-head">
          <h2 id={`${id}-title`}>
            <span className="item-key">{item.id}</span> {item.name}
          </h2>
          <span className="status-pill">{status}</span>
        </div>
        <div className="agile-dialog-body">
          {field("name", "Name", (p) => (
            <input {...p} maxLength={500} />
          ))}
          <div className="agile-field-row">
            {field("type", "Type", (p) => (
              <select {...p}>
                {settings.itemTypes.map((t) => (
                  <option key={t} value={t}>
                    {TYPE_NAMES[t]}
                  </option>
                ))}
              </select>
            ))}
            {field("estimate", unit === "points" ? "Points" : "Hours", (p) => (
              <input {...p} inputMode="decimal" />
            ))}
            {field("assignee", "Assignee", (p) => (
              <input {...p} list={PEOPLE_LIST} autoComplete="off" />
            ))}
          </div>
          <div className="agile-field-row">
            {draft.type !== "epic" &&
              field("epic", "Epic", (p) => (
                <select {...p}>
                  <option value="">No epic</option>
                  {epics
                    .filter((e) => e.id !== item.id)
                    .map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.id} {e.name}
                      </option>
                    ))}
                </select>
              ))}
            {field(
              "labels",
              "Labels",
              (p) => (
                <input {...p} list={LABELS_LIST} autoComplete="off" />
              ),
              "Separated by commas.",
            )}
          </div>
          {field("description", "Description", (p) => (
            <textarea {...p} rows={4} />
          ))}
          {field(
            "acceptance",
            "Acceptance criteria",
            (p) => (
              <textarea {...p} rows={4} />
            ),
            "One a line; the item is done when each holds.",
          )}
          {settings.definitionOfDone.length > 0 && (
            <details className="dod">
              <summary>Definition of done ({settings.definitionOfDone.length})</summary>
              <ul>
                {settings.definitionOfDone.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </details>
          )}
          {draft.type === "epic" && (
            <TaskPicker
              tasks={tasks}
              chosen={draft.tasks}
              change={(chosen) => setDraft((d) => ({ ...d, tasks: chosen }))}
              hint="The plan tasks or milestones this epic delivers: its progress rolls up to them."
              disabled={!canEdit}
            />
          )}
        </div>
        {refusal !== undefined && (
          <p className="form-error" role="alert">
            {refusal}
          </p>
        )}
        <div className="agile-dialog-foot">
          {canEdit && (
            <button type="button" className="btn raid-danger-quiet" onClick={remove}>
              Delete item
            </button>
          )}
          <span className="agile-spacer" />
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
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
