import type { StaleEdit } from "@keel/engine";
import type { ChangeDecision, PlanEdit } from "@keel/model";
import { type FormEvent, useId, useMemo, useState } from "react";
import { api } from "../api/client.js";
import { useLinks, useResources, useTasks } from "../api/queries.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import { StatusBadge } from "./ChangeList.js";
import { type ChangePatch, type ChangeRecord, changePaths, isOpen, useImpact } from "./change-api.js";
import { describeEdits, type PlanState, withoutEdit } from "./change-edits.js";
import { DecisionDialog } from "./DecisionDialog.js";
import { EditBuilder } from "./EditBuilder.js";
import { FiguresTable, ImpactPanel } from "./ImpactPanel.js";
import { useChangeWrite } from "./use-change-write.js";

interface ChangeDetailProps {
  readonly projectId: string;
  readonly change: ChangeRecord;
  /** Members and above edit open requests. */
  readonly canEdit: boolean;
  /** Managers and owners decide. */
  readonly canDecide: boolean;
  readonly closed: () => void;
  readonly notify: (message: string) => void;
}

const DECISION_VERBS: Record<ChangeDecision, string> = {
  approved: "Approved",
  rejected: "Rejected",
  deferred: "Deferred",
};

/**
 * One change request: what is asked and why, the plan edits it proposes (built with a small form and
 * saved as they are added), their impact beside them, and the actions its status allows: submit, back
 * to draft, delete a draft, and for managers the decision.
 */
export function ChangeDetail({ projectId, change, canEdit, canDecide, closed, notify }: ChangeDetailProps) {
  const id = useId();
  const tasks = useTasks(projectId);
  const links = useLinks(projectId);
  const resources = useResources(projectId);
  const impact = useImpact(projectId, change);
  const write = useChangeWrite(projectId);
  const [deciding, setDeciding] = useState<ChangeDecision>();
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const paths = changePaths(projectId);
  const open = isOpen(change.status);
  const editable = canEdit && open;
  const plan: PlanState = useMemo(
    () => ({ tasks: tasks.data ?? [], links: links.data ?? [] }),
    [tasks.data, links.data],
  );
  const resourceNames = useMemo(
    () => new Map((resources.data ?? []).map((r) => [r.id, r.name])),
    [resources.data],
  );
  const answer = impact.data;
  const stale = answer?.impact.stale ?? [];

  const patch = async (fields: ChangePatch): Promise<string | undefined> => {
    setBusy(true);
    const refused = await write(() =>
      api<ChangeRecord>("PATCH", paths.one(change.id), { ...fields, version: change.version }),
    );
    setBusy(false);
    setProblem(refused);
    return refused;
  };

  const rebase = async () => {
    setBusy(true);
    const refused = await write(async () => {
      const r = await api<{ change: ChangeRecord; dropped: number }>("POST", paths.rebase(change.id), {
        version: change.version,
      });
      notify(`Dropped ${r.dropped} edit${r.dropped === 1 ? "" : "s"} that no longer fit the plan.`);
      return r.change;
    });
    setBusy(false);
    setProblem(refused);
  };

  const waiting = change.status === "submitted" || change.status === "deferred";
  return (
    <article className="change-detail" aria-labelledby={`${id}-title`}>
      <header className="change-detail-head">
        <h3 id={`${id}-title`}>
          <span className="change-id">{change.id}</span> {change.name}
        </h3>
        <StatusBadge status={change.status} />
        <div className="change-actions">
          {editable && change.status !== "submitted" && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void patch({ status: "submitted" })}
            >
              {change.status === "deferred" ? "Submit again" : "Submit for decision"}
            </button>
          )}
          {editable && change.status === "submitted" && !canDecide && (
            <span className="muted">Waiting for a manager’s decision.</span>
          )}
          {canDecide && waiting && (
            <>
              <button type="button" className="btn btn-approve" onClick={() => setDeciding("approved")}>
                Approve…
              </button>
              <button type="button" className="btn" onClick={() => setDeciding("rejected")}>
                Reject…
              </button>
              {change.status === "submitted" && (
                <button type="button" className="btn" onClick={() => setDeciding("deferred")}>
                  Defer…
                </button>
              )}
            </>
          )}
          {editable && change.status === "submitted" && (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void patch({ status: "draft" })}
            >
              Back to draft
            </button>
          )}
          {editable && change.status === "draft" && (
            <button type="button" className="btn" onClick={() => setDeleting(true)}>
              Delete
            </button>
          )}
          <button type="button" className="btn" onClick={closed} aria-label={`Close ${change.id}`}>
            Close
          </button>
        </div>
      </header>
      {change.status === "draft" && editable && (
        <p className="muted change-flow">
          A draft: add the plan edits it proposes and check their impact, then submit it for a decision.
        </p>
      )}
      {problem !== undefined && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="change-columns">
        <div className="change-request-column">
          <section className="card change-card" aria-labelledby={`${id}-request`}>
            <h4 id={`${id}-request`}>Request</h4>
            {editable ? (
              <DetailsForm change={change} save={patch} />
            ) : (
              <dl className="change-facts">
                <dt>Requested by</dt>
                <dd>{change.requester}</dd>
                <dt>Reason</dt>
                <dd className="change-text">{change.reason}</dd>
                {change.description !== undefined && (
                  <>
                    <dt>Description</dt>
                    <dd className="change-text">{change.description}</dd>
                  </>
                )}
              </dl>
            )}
          </section>
          <section className="card change-card" aria-labelledby={`${id}-edits`}>
            <h4 id={`${id}-edits`}>Proposed edits</h4>
            <EditList
              plan={plan}
              edits={change.edits}
              stale={open ? stale : []}
              decided={!open}
              remove={
                editable ? (index) => void patch({ edits: withoutEdit(change.edits, index) }) : undefined
              }
              busy={busy}
            />
            {editable && (
              <EditBuilder
                plan={plan}
                edits={change.edits}
                add={(edits: readonly PlanEdit[]) => patch({ edits: [...change.edits, ...edits] })}
              />
            )}
          </section>
        </div>
        <div className="change-impact-column">
          {change.decision !== undefined && (
            <section className="card change-card change-decision" aria-labelledby={`${id}-decision`}>
              <h4 id={`${id}-decision`}>
                {DECISION_VERBS[change.decision.status]} by {change.decision.by} on{" "}
                {formatDate(change.decision.at.slice(0, 10))}
                {change.decision.rebaselined ? " · new baseline saved" : ""}
              </h4>
              <p className="change-text">{change.decision.why}</p>
              <p className="muted panel-hint">Impact when it was decided:</p>
              <FiguresTable figures={change.decision.impact} />
            </section>
          )}
          {open && (
            <ImpactPanel
              query={impact}
              canEdit={editable}
              resourceNames={resourceNames}
              plan={plan}
              edits={change.edits}
              rebase={rebase}
              busy={busy}
            />
          )}
        </div>
      </div>
      {deciding !== undefined && (
        <DecisionDialog
          projectId={projectId}
          change={change}
          initial={deciding}
          impact={answer?.impact}
          close={() => setDeciding(undefined)}
          decided={notify}
        />
      )}
      <ConfirmDelete
        open={deleting}
        title={`Delete ${change.id}?`}
        confirm={async () => {
          const refused = await write(async () => {
            await api("DELETE", `${paths.one(change.id)}?version=${change.version}`);
            return undefined;
          });
          if (refused === undefined) closed();
          return refused;
        }}
        close={() => setDeleting(false)}
      >
        <p>
          The draft “{change.name}” and its {change.edits.length} proposed edit
          {change.edits.length === 1 ? "" : "s"} go. The plan is not changed.
        </p>
      </ConfirmDelete>
    </article>
  );
}

interface EditListProps {
  readonly plan: PlanState;
  readonly edits: readonly PlanEdit[];
  readonly stale: readonly StaleEdit[];
  readonly decided: boolean;
  readonly remove: ((index: number) => void) | undefined;
  readonly busy: boolean;
}

function EditList({ plan, edits, stale, decided, remove, busy }: EditListProps) {
  const lines = useMemo(() => describeEdits(plan, edits), [plan, edits]);
  const staleAt = new Map(stale.map((s) => [s.index, s.message]));
  if (edits.length === 0)
    return (
      <p className="muted">
        No edits yet.{" "}
        {remove === undefined ? "" : "Add one below: its impact on the plan shows beside it at once."}
      </p>
    );
  return (
    <ol className="change-edits">
      {lines.map((line, i) => {
        const why = staleAt.get(i);
        return (
          // Edits have no id of their own; their position is what the server reports stale ones by.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className={why === undefined ? undefined : "is-stale"}>
            <span className="change-edit-text">
              <span className="change-edit-line">{line}</span>
              {why !== undefined && <span className="change-edit-stale">No longer fits the plan: {why}</span>}
            </span>
            {remove !== undefined && (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                aria-label={`Remove edit: ${line}`}
                onClick={() => remove(i)}
              >
                Remove
              </button>
            )}
          </li>
        );
      })}
      {decided && <li className="muted change-edits-note">Task names as the plan has them now.</li>}
    </ol>
  );
}

interface DetailsFormProps {
  readonly change: ChangeRecord;
  readonly save: (fields: ChangePatch) => Promise<string | undefined>;
}

type Details = { name: string; requester: string; reason: string; description: string };

const detailsOf = (c: ChangeRecord): Details => ({
  name: c.name,
  requester: c.requester,
  reason: c.reason,
  description: c.description ?? "",
});

/** The request's words, saved together; what someone else saved meanwhile shows unless edited here. */
function DetailsForm({ change, save }: DetailsFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Partial<Details>>({});
  const [saving, setSaving] = useState(false);
  const stored = detailsOf(change);
  const value = { ...stored, ...draft };
  const changed = (Object.keys(draft) as (keyof Details)[]).filter((k) => draft[k] !== stored[k]);
  const missing = (["name", "requester", "reason"] as const).filter((k) => value[k].trim() === "");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (changed.length === 0 || missing.length > 0) return;
    const fields: ChangePatch = {};
    for (const k of changed) {
      const v = value[k].trim();
      Object.assign(fields, { [k]: k === "description" && v === "" ? null : v });
    }
    setSaving(true);
    const refused = await save(fields);
    setSaving(false);
    if (refused === undefined) setDraft({});
  }

  const input = (key: keyof Details, label: string, multiline = false) => {
    const props = {
      id: `${id}-${key}`,
      value: value[key],
      "aria-invalid": missing.includes(key as "name") ? true : undefined,
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
    };
    return (
      <div className="field">
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      </div>
    );
  };

  return (
    <form className="change-details" onSubmit={submit}>
      {input("name", "Title")}
      {input("requester", "Requested by")}
      {input("reason", "Reason", true)}
      {input("description", "Description", true)}
      <div className="change-form-actions">
        {missing.length > 0 && <span className="field-error">Title, requester and reason are needed.</span>}
        {changed.length > 0 && (
          <button type="button" className="btn" onClick={() => setDraft({})}>
            Discard
          </button>
        )}
        <button type="submit" className="btn" disabled={saving || changed.length === 0 || missing.length > 0}>
          {saving ? "Saving…" : "Save details"}
        </button>
      </div>
    </form>
  );
}
