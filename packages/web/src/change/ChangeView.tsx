import { useId, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { Toast } from "../ui/Toast.js";
import "../resources/resources.css";
import "./change.css";
import { ChangeDetail } from "./ChangeDetail.js";
import { ChangeList } from "./ChangeList.js";
import { ChangeLog } from "./ChangeLog.js";
import { useChanges } from "./change-api.js";
import { NewChangeDialog } from "./NewChangeDialog.js";

/**
 * Change control: the project's change requests, each with the plan edits it proposes and their
 * impact (finish, P80, cost, critical path, deadlines, over-allocations, a Gantt diff) computed
 * before anyone decides; managers approve, reject or defer with a reason; the change log keeps every
 * decision with its figures. The open request and the tab live in the address, so they can be shared.
 */
export function ChangeView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const changes = useChanges(projectId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();
  const tab = params.get("tab") === "log" ? "log" : "requests";
  const selectedId = params.get("request") ?? undefined;
  const role = project.data?.role;
  const canEdit = role !== undefined && role !== "viewer";
  const canDecide = role === "manager" || role === "owner";

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  const open = (changeId: string | undefined) =>
    setParams(changeId === undefined ? {} : { request: changeId }, { replace: changeId === undefined });
  const showTab = (next: "requests" | "log") => setParams(next === "log" ? { tab: "log" } : {});
  const list = changes.data ?? [];
  const selected = list.find((c) => c.id === selectedId);

  return (
    <section className="changes" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <div className="change-heading">
        <h2 className="sheet-heading">Change control</h2>
        <fieldset className="segmented" aria-label="Show">
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={tab === "requests"}
            onClick={() => showTab("requests")}
          >
            Requests
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={tab === "log"}
            onClick={() => showTab("log")}
          >
            Change log
          </button>
        </fieldset>
        {canEdit && tab === "requests" && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            New change request
          </button>
        )}
      </div>
      {tab === "log" ? (
        <ChangeLog projectId={projectId} />
      ) : changes.isError ? (
        <p className="form-error">{changes.error.message}</p>
      ) : changes.isPending ? (
        <p className="muted">Loading change requests…</p>
      ) : list.length === 0 ? (
        <EmptyState canEdit={canEdit} create={() => setCreating(true)} />
      ) : (
        <>
          <ChangeList changes={list} selected={selectedId} />
          {selectedId !== undefined && selected === undefined && (
            <p className="form-error" role="alert">
              There is no change request {selectedId} in this project (it may have been deleted).
            </p>
          )}
          {selected !== undefined && (
            <ChangeDetail
              key={selected.id}
              projectId={projectId}
              change={selected}
              canEdit={canEdit}
              canDecide={canDecide}
              closed={() => open(undefined)}
              notify={setNotice}
            />
          )}
        </>
      )}
      <NewChangeDialog
        projectId={projectId}
        open={creating}
        taken={list.map((c) => c.id)}
        close={() => setCreating(false)}
        created={(changeId) => open(changeId)}
      />
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </section>
  );
}

function EmptyState({ canEdit, create }: { readonly canEdit: boolean; readonly create: () => void }) {
  return (
    <div className="card change-empty">
      <h3>No change requests yet</h3>
      <p>
        A change request proposes a change of scope, time or cost — a longer task, a new feature, a task
        dropped, a new dependency — and says who asks for it and why. Keel works out what it does to the plan{" "}
        <strong>before anyone approves it</strong>: the finish and P80 dates, the cost, the critical path,
        deadlines and over-allocations.
      </p>
      <p className="muted">
        Managers then approve (the edits are merged into the plan), reject or defer it with a reason; every
        decision stays in the change log.
      </p>
      {canEdit ? (
        <button type="button" className="btn btn-primary" onClick={create}>
          Write the first change request
        </button>
      ) : (
        <p className="muted">
          You can read this project; members, managers and owners raise change requests.
        </p>
      )}
    </div>
  );
}
