import { formatDuration, parseDuration } from "@keel/model";
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import { useLinks, useProject, useSchedule, useTasks } from "../api/queries.js";
import type { TaskRecord } from "../api/types.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { UploadPlanDialog } from "../plan-file/UploadPlanDialog.js";
import { formatDate, formatDays } from "../ui/format.js";
import { DeleteTasksDialog } from "./DeleteTasksDialog.js";
import { EditToolbar } from "./EditToolbar.js";
import { EMPTY_GRID, type GridState, selectOnly } from "./grid-state.js";
import { LinksPanel } from "./LinksPanel.js";
import {
  deletionOrder,
  indentMoves,
  insertionPoint,
  type Move,
  newTaskId,
  type OutlineTask,
  outdentMoves,
  topSelected,
} from "./outline.js";
import "./plan.css";
import { planWrites } from "./plan-writes.js";
import { type TableCommands, TaskTable } from "./TaskTable.js";
import { Timescale, wallMinutes, ZOOMS, type Zoom } from "./timescale.js";
import { usePlanWrite } from "./use-plan-write.js";

const ONE_DAY = { value: 1, unit: "d", elapsed: false } as const;

/** The plan of one project: the editable task table beside the Gantt, both scrolling together. */
export function PlanView() {
  const { projectId = "" } = useParams();
  const project = useProject(projectId);
  const schedule = useSchedule(projectId);
  const taskRecords = useTasks(projectId);
  const links = useLinks(projectId);
  const live = useProjectEvents(projectId);
  const write = usePlanWrite(projectId);
  const writes = useMemo(() => planWrites(projectId), [projectId]);
  const [zoom, setZoom] = useState<Zoom>("week");
  const [grid, setGrid] = useState<GridState>(EMPTY_GRID);
  const [notice, setNotice] = useState<string>();
  const [linksOpen, setLinksOpen] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<{ chosen: OutlineTask[]; doomed: OutlineTask[] }>();

  const result = schedule.data?.schedule;
  const tasks = result?.tasks ?? [];
  // As stored, with versions and positions; the API lists them by position, not in outline order.
  const stored: readonly TaskRecord[] = taskRecords.data ?? [];
  const records = useMemo(() => new Map(stored.map((t) => [t.id, t])), [stored]);
  const scale = useMemo(() => {
    if (result === undefined || tasks.length === 0) return undefined;
    let last = wallMinutes(result.project.finish);
    for (const t of tasks) last = Math.max(last, wallMinutes(t.lateFinish));
    return Timescale.around(zoom, wallMinutes(result.project.start), last);
  }, [result, tasks, zoom]);

  if (project.isError) return <p className="form-error">{project.error.message}</p>;
  if (schedule.isError) return <p className="form-error">{schedule.error.message}</p>;
  const canEdit = project.data !== undefined && project.data.role !== "viewer";
  const activeTask = tasks.find((t) => t.id === grid.active?.id);
  // Rows removed by someone else drop out of the selection.
  const selected = new Set([...grid.selected].filter((id) => records.has(id)));

  /** Indents or outdents; a refusal shows above the table, which stays as it was. */
  async function move(moves: readonly Move[] | string) {
    if (!canEdit) return;
    setNotice(typeof moves === "string" ? moves : await write(() => writes.moveTasks(moves)));
  }

  async function create(name: string, before: OutlineTask | undefined) {
    const id = newTaskId(name, new Set(records.keys()));
    const refused = await write(() =>
      writes.createTask({ id, name, duration: ONE_DAY, ...insertionPoint(stored, before) }),
    );
    return { id, refused };
  }

  /** Keyboard users go on from the row that took the deleted ones' place (or the one above them). */
  function focusAfterDeletion(doomed: readonly OutlineTask[]) {
    const gone = new Set(doomed.map((t) => t.id));
    const last = Math.max(...doomed.map((t) => tasks.findIndex((r) => r.id === t.id)));
    const next =
      tasks.slice(last + 1).find((t) => !gone.has(t.id)) ??
      tasks.slice(0, last).findLast((t) => !gone.has(t.id));
    if (next !== undefined) setGrid({ ...selectOnly(next.id, grid.active?.col ?? 0), focus: true });
  }

  const commands: TableCommands = {
    async save(task, col, text) {
      if (col === 0) {
        const name = text.trim();
        if (name === "") return "A task needs a name.";
        return name === task.name ? undefined : write(() => writes.updateTask(task, { name }));
      }
      const duration = parseDuration(text);
      if (typeof duration === "string") return duration;
      const same = formatDuration(duration) === formatDuration(task.duration);
      return same ? undefined : write(() => writes.updateTask(task, { duration }));
    },
    addTask: async (name) => (await create(name, undefined)).refused,
    async insert() {
      if (!canEdit) return;
      const name = "New task";
      const { id, refused } = await create(name, records.get(grid.active?.id ?? ""));
      setNotice(refused);
      if (refused === undefined)
        setGrid({
          active: { id, col: 0 },
          selected: new Set([id]),
          anchor: id,
          editing: { id, col: 0, initial: name, typedOver: false },
        });
    },
    requestDelete() {
      const chosen = topSelected(stored, selected);
      if (canEdit && chosen.length > 0) setDeleting({ chosen, doomed: deletionOrder(stored, selected) });
    },
    indent: () => void move(indentMoves(stored, selected)),
    outdent: () => void move(outdentMoves(stored, selected)),
  };

  return (
    <section className="plan" aria-labelledby="plan-title">
      <div className="toolbar">
        <h1 id="plan-title" style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        {result !== undefined && (
          <span className="muted">
            {formatDate(result.project.start)} → {formatDate(result.project.finish)} ·{" "}
            {formatDays(result.project.durationWorkingDays)} working days
          </span>
        )}
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
        <fieldset className="segmented" aria-label="Zoom">
          {ZOOMS.map((z) => (
            <button
              key={z}
              type="button"
              className="btn"
              aria-pressed={z === zoom}
              onClick={() => setZoom(z)}
            >
              {z[0]?.toUpperCase()}
              {z.slice(1)}
            </button>
          ))}
        </fieldset>
        <a
          className="btn"
          href={`/api/projects/${projectId}/plan?format=yaml`}
          download={`${project.data?.project.name ?? "plan"}.yaml`}
        >
          Download YAML
        </a>
        {project.data !== undefined && (project.data.role === "manager" || project.data.role === "owner") && (
          <button type="button" className="btn" onClick={() => setUploading(true)}>
            Upload YAML
          </button>
        )}
      </div>
      {canEdit && (
        <EditToolbar
          hasSelection={selected.size > 0}
          linksOpen={linksOpen}
          insert={commands.insert}
          requestDelete={commands.requestDelete}
          indent={commands.indent}
          outdent={commands.outdent}
          toggleLinks={() => setLinksOpen((open) => !open)}
        />
      )}
      {notice !== undefined && (
        <div className="plan-notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="btn btn-small" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      {result !== undefined && tasks.length === 0 && (
        <p className="muted plan-empty">
          This plan has no tasks yet. {canEdit ? "Type a task's name in the last row and press Enter." : ""}
        </p>
      )}
      <TaskTable
        tasks={tasks}
        records={records}
        links={links.data ?? []}
        minutesPerDay={result?.project.minutesPerDay ?? 480}
        scale={scale}
        statusDate={project.data?.project.statusDate}
        canEdit={canEdit}
        grid={grid}
        setGrid={setGrid}
        commands={commands}
      />
      {linksOpen && (
        <LinksPanel
          key={activeTask?.id}
          task={activeTask}
          tasks={tasks}
          links={links.data ?? []}
          canEdit={canEdit}
          write={write}
          writes={writes}
        />
      )}
      <UploadPlanDialog
        projectId={projectId}
        open={uploading}
        close={() => setUploading(false)}
        tasks={tasks}
        links={links.data ?? []}
        projectVersion={project.data?.version}
      />
      <DeleteTasksDialog
        chosen={deleting?.chosen ?? []}
        doomed={deleting?.doomed ?? []}
        confirm={async () => {
          const refused = await write(() => writes.deleteTasks(deleting?.doomed ?? []));
          if (refused === undefined) focusAfterDeletion(deleting?.doomed ?? []);
          return refused;
        }}
        close={() => setDeleting(undefined)}
      />
    </section>
  );
}
