import {
  type AgileSettings,
  BACKLOG_ITEM_TYPES,
  DEFAULT_AGILE_SETTINGS,
  STATUS_CATEGORIES,
  type StatusCategory,
} from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { api } from "../api/client.js";
import { Toast } from "../ui/Toast.js";
import { type AgileAnswer, agilePaths, type TemplateInfo, useAgileSettings } from "./agile-api.js";
import { useAgileContext } from "./agile-context.js";
import { CATEGORY_NAMES, TYPE_NAMES } from "./item-types.js";
import {
  addStatus,
  draftOfSettings,
  removeStatus,
  type SettingsDraft,
  type StatusRow,
  setEveryMove,
  settingsOfDraft,
  settingsProblems,
  transitionProblems,
} from "./settings-form.js";
import { TransitionsEditor } from "./TransitionsEditor.js";
import { useAgileWrite } from "./use-agile-write.js";
import { useNotice } from "./use-notice.js";

/**
 * How the team works: a template applied in one click (workflow, limits, cadence and unit at once),
 * or each setting edited and saved together. Saving sends the version the form was loaded at.
 */
export function SetupPage() {
  const { projectId, canEdit } = useAgileContext();
  const agile = useAgileSettings(projectId);
  const write = useAgileWrite(projectId);
  const [applying, setApplying] = useState<TemplateInfo>();
  const [notice, setNotice] = useNotice();

  if (agile.isError) return <p className="form-error">{agile.error.message}</p>;
  if (agile.data === undefined) return <p className="muted">Loading…</p>;
  const data = agile.data;

  return (
    <div className="setup-page">
      <h2 className="sheet-heading">Team template</h2>
      <p className="muted sheet-hint">
        A starting point: applying one sets the workflow, WIP limits, sprint length and estimate unit together
        (and plans a first sprint when the team works in sprints). Fine-tune below afterwards.
      </p>
      <ul className="template-cards">
        {data.templates.map((t) => {
          const current = data.settings.template === t.id;
          return (
            <li key={t.id} className={`card template-card${current ? " is-current" : ""}`}>
              <h3>{t.name}</h3>
              <p className="muted">{t.description}</p>
              <div className="template-foot">
                {current && <span className="status-pill">In use</span>}
                {canEdit && (
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Apply ${t.name}`}
                    onClick={() => setApplying(t)}
                  >
                    Apply
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <SettingsForm
        key={data.version}
        answer={data}
        canEdit={canEdit}
        save={async (settings) => {
          const answer = await write(() =>
            api<AgileAnswer>("PUT", agilePaths(projectId).settings, { settings, version: data.version }),
          );
          if (answer.ok) setNotice("Settings saved.");
          return answer.ok ? undefined : answer.message;
        }}
      />
      {applying !== undefined && (
        <ApplyTemplateDialog
          template={applying}
          apply={async () => {
            const answer = await write(() =>
              api<AgileAnswer>("POST", agilePaths(projectId).template, { template: applying.id }),
            );
            if (answer.ok) setNotice(`${applying.name} applied.`);
            return answer.ok ? undefined : answer.message;
          }}
          close={() => setApplying(undefined)}
        />
      )}
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </div>
  );
}

function ApplyTemplateDialog({
  template,
  apply,
  close,
}: {
  readonly template: TemplateInfo;
  readonly apply: () => Promise<string | undefined>;
  readonly close: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => dialog.current?.showModal(), []);
  async function confirm() {
    setBusy(true);
    const refused = await apply();
    setBusy(false);
    if (refused === undefined) dialog.current?.close();
    else setError(refused);
  }
  return (
    <dialog ref={dialog} className="card agile-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <h2 id={`${id}-title`}>Apply {template.name}?</h2>
      <p>{template.description}</p>
      <p className="muted">
        It replaces the workflow and the settings below. Items whose status the new workflow lacks move to its
        first status of the same kind; nothing is deleted.
      </p>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar agile-dialog-foot">
        <button type="button" className="btn" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} onClick={confirm}>
          {busy ? "Applying…" : "Apply template"}
        </button>
      </div>
    </dialog>
  );
}

/** The "Place" choice that puts a new status before every other. */
const FIRST = "*first";

interface SettingsFormProps {
  readonly answer: AgileAnswer;
  readonly canEdit: boolean;
  readonly save: (settings: AgileSettings) => Promise<string | undefined>;
}

function SettingsForm({ answer, canEdit, save }: SettingsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(answer.settings));
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [newName, setNewName] = useState("");
  /** The row a new status goes after (a row key, or FIRST); by default, before the first done column. */
  const [after, setAfter] = useState<string>();
  const base = answer.settings ?? DEFAULT_AGILE_SETTINGS;
  const edit = (change: (d: SettingsDraft) => SettingsDraft) => {
    setDraft(change);
    setProblems([]);
  };
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) =>
    edit((d) => ({ ...d, [key]: value }));
  const setRow = (index: number, row: Partial<StatusRow>) =>
    set(
      "statuses",
      draft.statuses.map((r, i) => (i === index ? { ...r, ...row } : r)),
    );
  const moveRow = (index: number, delta: number) => {
    const rows = [...draft.statuses];
    const [row] = rows.splice(index, 1);
    if (row !== undefined) rows.splice(index + delta, 0, row);
    set("statuses", rows);
  };
  const firstDone = draft.statuses.findIndex((r) => r.category === "done");
  const defaultAfter = firstDone === -1 ? draft.statuses.length - 1 : firstDone - 1;
  const chosen = draft.statuses.findIndex((r) => r.key === after);
  const insertAfter = after === FIRST ? -1 : chosen === -1 ? defaultAfter : chosen;
  const rowName = (row: StatusRow, i: number) => row.name || `row ${i + 1}`;
  function add() {
    edit((d) => addStatus(d, newName.trim(), insertAfter));
    setNewName("");
    setAfter(undefined);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const settings = settingsOfDraft(draft, base);
    const found = [...transitionProblems(draft), ...settingsProblems(settings)];
    if (found.length > 0) return setProblems(found);
    setBusy(true);
    const refused = await save(settings);
    setBusy(false);
    if (refused !== undefined) setProblems([refused]);
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sheet-heading">
        Workflow and settings
      </h2>
      <fieldset disabled={!canEdit} className="settings-fieldset">
        <table className="table workflow-table">
          <caption className="visually-hidden">Workflow statuses, in board order</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Category</th>
              <th scope="col">WIP limit</th>
              <th scope="col">
                <span className="visually-hidden">Order and removal</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.statuses.map((row, i) => {
              const name = rowName(row, i);
              return (
                <tr key={row.key}>
                  <td>
                    <input
                      aria-label={`Name of status ${i + 1}`}
                      value={row.name}
                      onChange={(e) => setRow(i, { name: e.target.value })}
                    />
                    {row.id !== "" && <span className="muted status-id"> {row.id}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={`Category of ${name}`}
                      value={row.category}
                      onChange={(e) => setRow(i, { category: e.target.value as StatusCategory })}
                    >
                      {STATUS_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {CATEGORY_NAMES[c]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`WIP limit of ${name}`}
                      inputMode="numeric"
                      size={4}
                      placeholder="none"
                      value={row.wip}
                      onChange={(e) => setRow(i, { wip: e.target.value })}
                    />
                  </td>
                  <td>
                    <span className="row-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Move ${name} earlier`}
                        disabled={i === 0}
                        onClick={() => moveRow(i, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Move ${name} later`}
                        disabled={i === draft.statuses.length - 1}
                        onClick={() => moveRow(i, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="btn btn-small raid-danger-quiet"
                        aria-label={`Remove ${name}`}
                        disabled={draft.statuses.length <= 2}
                        onClick={() => edit((d) => removeStatus(d, i))}
                      >
                        Remove
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="add-status">
          <span className="add-status-field">
            <label htmlFor={`${id}-new`}>New status</label>
            <input
              id={`${id}-new`}
              value={newName}
              size={16}
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                // Enter adds the status rather than saving the whole form.
                if (e.key !== "Enter") return;
                e.preventDefault();
                add();
              }}
            />
          </span>
          <span className="add-status-field">
            <label htmlFor={`${id}-place`}>Place</label>
            <select
              id={`${id}-place`}
              value={insertAfter === -1 ? FIRST : (draft.statuses[insertAfter]?.key ?? FIRST)}
              onChange={(e) => setAfter(e.target.value)}
            >
              <option value={FIRST}>First</option>
              {draft.statuses.map((row, i) => (
                <option key={row.key} value={row.key}>
                  After {rowName(row, i)}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={draft.statuses.length >= 30}
            onClick={add}
          >
            Add status
          </button>
        </div>
        <TransitionsEditor
          statuses={draft.statuses.map((row, i) => ({ key: row.key, name: rowName(row, i) }))}
          transitions={draft.transitions}
          everyMove={draft.everyMove}
          setTransitions={(transitions) => set("transitions", transitions)}
          setEveryMove={(on) => edit((d) => setEveryMove(d, on))}
        />
        <div className="settings-grid">
          <label>
            WIP policy
            <select
              value={draft.wipPolicy}
              onChange={(e) => set("wipPolicy", e.target.value as SettingsDraft["wipPolicy"])}
            >
              <option value="warn">Warn: allow, flag the column</option>
              <option value="block">Block: refuse the move</option>
            </select>
          </label>
          <label>
            Sprint length (days, 0 for no sprints)
            <input
              type="number"
              min={0}
              max={56}
              value={draft.sprintLength}
              onChange={(e) => set("sprintLength", e.target.value)}
            />
          </label>
          <label>
            Estimate unit
            <select
              value={draft.estimateUnit}
              onChange={(e) => set("estimateUnit", e.target.value as SettingsDraft["estimateUnit"])}
            >
              <option value="points">Story points</option>
              <option value="hours">Hours</option>
            </select>
          </label>
          <label>
            Focus factor (0–1)
            <input
              inputMode="decimal"
              value={draft.focusFactor}
              onChange={(e) => set("focusFactor", e.target.value)}
            />
          </label>
          <label>
            Board swimlanes
            <select
              value={draft.swimlanes}
              onChange={(e) => set("swimlanes", e.target.value as SettingsDraft["swimlanes"])}
            >
              <option value="none">None</option>
              <option value="assignee">By assignee</option>
              <option value="epic">By epic</option>
            </select>
          </label>
          <label>
            Key prefix
            <input value={draft.keyPrefix} size={10} onChange={(e) => set("keyPrefix", e.target.value)} />
          </label>
        </div>
        <fieldset className="item-types">
          <legend>Item types</legend>
          {BACKLOG_ITEM_TYPES.map((t) => (
            <label key={t} className="inline-check">
              <input
                type="checkbox"
                checked={draft.itemTypes.includes(t)}
                onChange={(e) =>
                  set(
                    "itemTypes",
                    e.target.checked
                      ? BACKLOG_ITEM_TYPES.filter((x) => x === t || draft.itemTypes.includes(x))
                      : draft.itemTypes.filter((x) => x !== t),
                  )
                }
              />{" "}
              {TYPE_NAMES[t]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-dod`}>Definition of done (one a line)</label>
          <textarea
            id={`${id}-dod`}
            rows={Math.min(10, Math.max(4, draft.definitionOfDone.split("\n").length + 1))}
            value={draft.definitionOfDone}
            onChange={(e) => set("definitionOfDone", e.target.value)}
          />
        </div>
      </fieldset>
      {problems.length > 0 && (
        <ul className="form-error settings-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="toolbar">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : "Save settings"}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setDraft(draftOfSettings(answer.settings));
              setProblems([]);
            }}
          >
            Discard changes
          </button>
          {answer.version === 0 && <span className="muted">Defaults: nothing saved yet.</span>}
        </div>
      )}
    </form>
  );
}
