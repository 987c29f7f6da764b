import { formatDuration, parseDuration } from "@keel/model";
import { type CSSProperties, lazy, Suspense, useCallback, useMemo, useRef, useState } from "react";
import { useParams } from "react-router";
import {
  useAssignments,
  useLinks,
  useLoad,
  useProject,
  useResources,
  useSchedule,
  useSession,
  useTasks,
} from "../api/queries.js";
import type { AssignmentRecord, LevelApplied, TaskRecord } from "../api/types.js";
import { ProjectNav } from "../app/ProjectNav.js";
import type { TaskFields } from "../engine-worker/plan-edit.js";
import { useDraftSchedule, usePlanInWorker, useScheduleWorker } from "../engine-worker/use-draft-schedule.js";
import { CRITICALITY_LEVELS } from "../forecast/forecast-chart.js";
import { useLastForecast } from "../forecast/forecast-run.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { UploadPlanDialog } from "../plan-file/UploadPlanDialog.js";
import {
  diffAssignments,
  formatAssignments,
  isEmpty,
  parseAssignments,
} from "../resources/assignment-text.js";
import { LoadPanel } from "../resources/LoadPanel.js";
import { useBaseline, useBaselines, useProgress } from "../tracking/tracking-queries.js";
import { formatDate, formatDays } from "../ui/format.js";
import { Toast } from "../ui/Toast.js";
import { useById } from "./by-id.js";
import {
  COLUMN_SET_NAMES,
  COLUMN_SETS,
  type ColumnSet,
  columnLayout,
  RESOURCES_COL,
  WORK_COL,
} from "./columns.js";
import { DeleteTasksDialog } from "./DeleteTasksDialog.js";
import { DETAILS_COLS, detailsPatch } from "./details-fields.js";
import { EditToolbar } from "./EditToolbar.js";
import type { BaselineSpan } from "./GanttBar.js";
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
import { ProgressToolbar } from "./ProgressToolbar.js";
import { type PlanWrites, planWrites } from "./plan-writes.js";
import { markComplete, PROGRESS_COLS, progressPatch } from "./progress-fields.js";
import { finishMinute, statusMinute } from "./progress-line.js";
import { type TableCommands, TaskTable } from "./TaskTable.js";
import { Timescale, wallMinutes, ZOOMS, type Zoom } from "./timescale.js";
import { useGanttDrag } from "./use-gantt-drag.js";
import { usePlanEdits } from "./use-plan-edits.js";
import { usePlanWrite } from "./use-plan-write.js";
import { useUndo, useUndoKeys } from "./use-undo.js";

/** The plan as a file for other tools; the server names it after the project. */
const EXPORTS = [
  { format: "mspdi", label: "Microsoft Project XML (.xml)" },
  { format: "csv", label: "Task list CSV (.csv)" },
  { format: "ical", label: "Milestones and deadlines for calendars (.ics)" },
  { format: "mermaid", label: "Mermaid gantt chart (.mmd)" },
] as const;

const ONE_DAY = { value: 1, unit: "d", elapsed: false } as const;
const NO_ASSIGNMENTS: readonly AssignmentRecord[] = [];
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const LOAD_PANEL_KEY = "keel.loadPanel";
const COLUMNS_KEY = "keel.planColumns";

// Only fetched the first time someone levels.
const LevelDialog = lazy(() =>
  import("../resources/LevelDialog.js").then((m) => ({ default: m.LevelDialog })),
);

/** What the toast after leveling shows, and the label of its edit in the undo history. */
interface Leveled {
  readonly result: LevelApplied;
  readonly label: string;
}

/** The plan of one project: the editable task table beside the Gantt, both scrolling together. */
export function PlanView() {
  const { projectId = "" } = useParams();
  const project = useProject(projectId);
  const schedule = useSchedule(projectId);
  const taskRecords = useTasks(projectId);
  const links = useLinks(projectId);
  const me = useSession().data?.user.id;
  const [zoom, setZoom] = useState<Zoom>("week");
  const [grid, setGrid] = useState<GridState>(EMPTY_GRID);
  const gridNow = useRef(grid);
  gridNow.current = grid;
  const [notice, setNotice] = useState<string>();
  const [linksOpen, setLinksOpen] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [deleting, setDeleting] = useState<{ chosen: OutlineTask[]; doomed: OutlineTask[] }>();
  const resources = useResources(projectId);
  const assignments = useAssignments(projectId);
  const [loadOpen, setLoadOpen] = useState(() => localStorage.getItem(LOAD_PANEL_KEY) === "open");
  const [levelOpen, setLevelOpen] = useState(false);
  const [levelUsed, setLevelUsed] = useState(false);
  const [leveled, setLeveled] = useState<Leveled>();
  const forecast = useLastForecast(projectId).data;
  const [tintOn, setTintOn] = useState(false);
  const [columnSet, setColumnSet] = useState<ColumnSet>(
    () => COLUMN_SET_NAMES.find((set) => set === localStorage.getItem(COLUMNS_KEY)) ?? "schedule",
  );
  const layout = useMemo(() => columnLayout(COLUMN_SETS[columnSet]), [columnSet]);
  const [progressLineOn, setProgressLineOn] = useState(false);
  const [marked, setMarked] = useState<string>();
  const [stepped, setStepped] = useState<string>();
  // A plan nobody tracks yet has nothing to roll up: its edits need not wait for progress too.
  const recordsTracked = useMemo(
    () => (taskRecords.data ?? []).some((t) => t.actualStart !== undefined || t.actualFinish !== undefined),
    [taskRecords.data],
  );
  const tracked =
    columnSet === "progress" || project.data?.project.statusDate !== undefined || recordsTracked;
  const progress = useProgress(projectId, tracked);
  const progressById = useMemo(
    () => new Map((progress.data?.tasks ?? []).map((p) => [p.id, p])),
    [progress.data],
  );
  const baselines = useBaselines(projectId);
  const [chosenBaseline, setChosenBaseline] = useState<string>();
  // A baseline deleted meanwhile (here or by someone else) is no longer drawn.
  const baselineId = baselines.data?.some((b) => b.id === chosenBaseline) ? chosenBaseline : undefined;
  const baseline = useBaseline(projectId, baselineId);
  const baselineSpans = useMemo(
    () =>
      baselineId === undefined || baseline.data === undefined
        ? undefined
        : new Map<string, BaselineSpan>(
            baseline.data.tasks.map((b) => [
              b.id,
              { start: wallMinutes(b.start), finish: finishMinute(b.finish) },
            ]),
          ),
    [baselineId, baseline.data],
  );
  const criticality = useMemo(
    () =>
      tintOn && forecast !== undefined
        ? new Map(forecast.result.tasks.map((t) => [t.id, t.criticality]))
        : undefined,
    [tintOn, forecast],
  );
  const loadScroller = useRef<HTMLDivElement>(null);
  const scrollX = useRef(0);
  const hasPeople = (resources.data ?? []).some((r) => r.type === "work");
  const load = useLoad(projectId, zoom === "day" || zoom === "week" ? "day" : "week", hasPeople);

  const result = schedule.data?.schedule;
  const tasks = result?.tasks ?? [];
  // The plan in the worker that reschedules edits and drags in the browser, before the server answers.
  const editable = project.data !== undefined && project.data.role !== "viewer";
  const worker = useScheduleWorker();
  // Our own edits' announcements reload nothing of the plan (`edits`, below, tells them apart).
  const live = useProjectEvents(projectId, (change) => edits.ownChange(change));
  // The worker reads the plan once the live feed is on, so no change can fall between the two; the
  // feed's reconnects reload it with everything else.
  const liveOnce = useRef(false);
  liveOnce.current ||= live === "live";
  const planInWorker = usePlanInWorker(projectId, worker, editable && liveOnce.current);
  const calendars = planInWorker.data;
  const draft = useDraftSchedule(worker);
  const serverWrite = usePlanWrite(projectId);
  // Edits show before the server has them. Their API calls record into the undo journal, which
  // itself sends through the edits' queue: `writes` is read when an edit is sent.
  const edits = usePlanEdits({
    projectId,
    worker,
    // Edits sent while the plan loads wait for it in the worker's queue.
    ready: editable && liveOnce.current && !planInWorker.isError,
    write: serverWrite,
    writes: () => writes,
    me,
  });
  const write = edits.write;
  // While dragging, the bars show the worker's draft schedule.
  const shown = useMemo(
    () => (draft.tasks === undefined ? tasks : tasks.map((t) => draft.tasks?.get(t.id) ?? t)),
    [tasks, draft.tasks],
  );
  // As stored, with versions and positions; the API lists them by position, not in outline order.
  const stored: readonly TaskRecord[] = taskRecords.data ?? [];
  const records = useById(stored);
  const assignmentList = assignments.data ?? NO_ASSIGNMENTS;
  const history = useUndo(
    projectId,
    write,
    // One message at a time: the latest step's outcome replaces the one before.
    useCallback(({ ok, text }) => {
      setStepped(ok ? text : undefined);
      setNotice(ok ? undefined : text);
    }, []),
    edits.settled,
  );
  const writes: PlanWrites = useMemo(
    () => planWrites(projectId, history.journal),
    [projectId, history.journal],
  );
  const assigned = useMemo(() => {
    const order = new Map((resources.data ?? []).map((r, i) => [r.id, i]));
    const byTask = new Map<string, AssignmentRecord[]>();
    for (const a of assignmentList) byTask.set(a.task, [...(byTask.get(a.task) ?? []), a]);
    return new Map([...byTask].map(([task, list]) => [task, formatAssignments(list, order)]));
  }, [assignmentList, resources.data]);
  const overAllocated = useMemo(
    () => new Set((load.data?.overAllocations ?? []).flatMap((o) => o.tasks)),
    [load.data],
  );
  // Only the load panel and leveling name tasks: not worked out for every edit otherwise.
  const named = loadOpen || levelUsed;
  const names = useMemo(() => (named ? new Map(tasks.map((t) => [t.id, t.name])) : NO_NAMES), [named, tasks]);
  const statusDate = project.data?.project.statusDate;
  const span = useMemo(() => {
    if (result === undefined || tasks.length === 0) return undefined;
    let first = wallMinutes(result.project.start);
    // Plan date-times are all written alike, so the latest is the greatest text: one date read.
    let latest = result.project.finish;
    for (const t of tasks) if (t.lateFinish > latest) latest = t.lateFinish;
    let last = wallMinutes(latest);
    // The status date and the baseline's bars stay on the timeline when they fall outside the plan.
    if (statusDate !== undefined) last = Math.max(last, statusMinute(statusDate));
    for (const b of baselineSpans?.values() ?? []) {
      first = Math.min(first, b.start);
      last = Math.max(last, b.finish);
    }
    return { first, last };
  }, [result, tasks, statusDate, baselineSpans]);
  // The same scale while the span stays: the rows drawn on it are not drawn again after every edit.
  const first = span?.first;
  const last = span?.last;
  const scale = useMemo(
    () => (first === undefined || last === undefined ? undefined : Timescale.around(zoom, first, last)),
    [zoom, first, last],
  );

  const gantt = useGanttDrag({
    scale,
    calendars,
    tasks,
    records,
    minutesPerDay: result?.project.minutesPerDay ?? 480,
    draft,
    edits,
    refused: setNotice,
  });
  useUndoKeys(editable, history.undo, history.redo);
  // The same element every render: the navigation does not change with the plan.
  const nav = useMemo(() => <ProjectNav projectId={projectId} />, [projectId]);

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

  /**
   * Marks the selected tasks (a summary task: its tasks) 100 % complete, all together or none, and
   * says which ones finished on the status date because the schedule had them finish later.
   */
  async function markSelectedComplete() {
    if (!canEdit) return;
    const chosen = new Set<string>();
    const children = new Map<string, string[]>();
    for (const t of stored)
      if (t.parent !== null) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
    const add = (id: string) => {
      const under = children.get(id);
      if (under === undefined) chosen.add(id);
      else for (const c of under) add(c);
    };
    for (const id of selected) add(id);
    const statusDate = project.data?.project.statusDate;
    const edits = tasks
      .filter((t) => chosen.has(t.id) && progressById.get(t.id)?.state !== "complete")
      .flatMap((t) => {
        const record = records.get(t.id);
        return record === undefined ? [] : [{ record, name: t.name, ...markComplete(record, t, statusDate) }];
      });
    if (edits.length === 0) {
      setMarked("The selected tasks are complete already.");
      return;
    }
    const [only] = edits;
    const refused = await write(() => {
      // Sent after the writes before it (an undo still saving, say): at the versions they left.
      const latest = edits.map((e) => ({ ...e, record: history.journal.task(e.record.id) ?? e.record }));
      const [one] = latest;
      return one !== undefined && latest.length === 1
        ? writes.updateProgress(one.record, one.patch)
        : writes.updateProgressMany(latest);
    });
    if (refused !== undefined) {
      setNotice(`Not marked complete: ${refused}`);
      return;
    }
    const capped = edits.filter((e) => e.capped).map((e) => `“${e.name}”`);
    setMarked(
      `Marked ${edits.length === 1 ? `“${only?.name}”` : `${edits.length} tasks`} complete.` +
        (capped.length === 0 || statusDate === undefined
          ? ""
          : ` ${capped.join(", ")} finished on the status date (${formatDate(statusDate)}), not later as scheduled.`),
    );
  }

  /**
   * Saves a cell's fields: the editor closes as soon as the edit and its schedule are on the page,
   * without waiting for the server. A refusal takes the edit back and reopens the cell with the text
   * typed and the server's message.
   */
  async function saveFields(task: TaskRecord, col: number, text: string, fields: TaskFields) {
    const shown = edits.updateTask(task, fields);
    if (!edits.ready) return shown.saved;
    void shown.saved.then((message) => {
      if (message === undefined) return;
      const visible = layout.columns.some((c) => c.id === col);
      if (gridNow.current.editing !== undefined || !visible) return setNotice(message);
      setGrid({
        ...selectOnly(task.id, col),
        editing: { id: task.id, col, initial: text, typedOver: true, error: message },
      });
    });
    await shown.shown;
    return undefined;
  }

  const commands: TableCommands = {
    async save(task, col, text) {
      // Progress follows rules the server checks against the status date: it waits for the server's word.
      if (PROGRESS_COLS.has(col)) {
        const patch = progressPatch(col, text, task);
        if (typeof patch === "string") return patch;
        return patch === undefined ? undefined : write(() => writes.updateProgress(task, patch));
      }
      if (DETAILS_COLS.has(col)) {
        const patch = detailsPatch(col, text, task);
        if (typeof patch === "string") return patch;
        return patch === undefined ? undefined : saveFields(task, col, text, patch);
      }
      if (col === 0) {
        const name = text.trim();
        if (name === "") return "A task needs a name.";
        return name === task.name ? undefined : saveFields(task, col, text, { name });
      }
      if (col === RESOURCES_COL) {
        const wanted = parseAssignments(text, resources.data ?? []);
        if (typeof wanted === "string") return wanted;
        const changes = diffAssignments(task.id, assignmentList, wanted);
        return isEmpty(changes) ? undefined : write(() => writes.assign(changes));
      }
      if (col === WORK_COL) {
        if (text.trim() === "")
          return task.work === undefined
            ? undefined
            : "A task's work cannot be cleared here; remove `work:` from the plan file instead.";
        const work = parseDuration(text);
        if (typeof work === "string") return work;
        const same = task.work !== undefined && formatDuration(work) === formatDuration(task.work);
        return same ? undefined : saveFields(task, col, text, { work });
      }
      const duration = parseDuration(text);
      if (typeof duration === "string") return duration;
      const same = formatDuration(duration) === formatDuration(task.duration);
      return same ? undefined : saveFields(task, col, text, { duration });
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
    nudge: (id, by) => {
      if (canEdit) void gantt.nudge(id, by).then(setNotice);
    },
    stretch: (id, by) => {
      if (canEdit) void gantt.stretch(id, by).then(setNotice);
    },
  };

  return (
    <section
      className="plan"
      aria-labelledby="plan-title"
      style={
        {
          "--columns": `${layout.width}px`,
          "--table-columns": layout.template,
          "--table-count": layout.columns.length,
        } as CSSProperties
      }
    >
      <div className="toolbar plan-toolbar">
        <div className="plan-title">
          <h1 id="plan-title">{project.data?.project.name ?? "…"}</h1>
          {result !== undefined && (
            <span className="muted">
              {formatDate(result.project.start)} → {formatDate(result.project.finish)} ·{" "}
              {formatDays(result.project.durationWorkingDays)} working days
            </span>
          )}
        </div>
        {nav}
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
        <details className="export-menu">
          <summary className="btn">Export…</summary>
          <ul>
            {EXPORTS.map((e) => (
              <li key={e.format}>
                <a href={`/api/projects/${projectId}/plan?format=${e.format}`} download>
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </details>
        {project.data !== undefined && (project.data.role === "manager" || project.data.role === "owner") && (
          <button type="button" className="btn" onClick={() => setUploading(true)}>
            Upload YAML
          </button>
        )}
      </div>
      {project.data?.role === "viewer" && (
        <p className="muted" role="note">
          View only: your role on this project is viewer. A manager or owner can make you a member to edit the
          plan.
        </p>
      )}
      {canEdit && (
        <EditToolbar
          undo={{ label: history.undoLabel, run: history.undo }}
          redo={{ label: history.redoLabel, run: history.redo }}
          undoBusy={history.busy}
          stepped={stepped}
          clearStepped={() => setStepped(undefined)}
          hasSelection={selected.size > 0}
          linksOpen={linksOpen}
          insert={commands.insert}
          requestDelete={commands.requestDelete}
          indent={commands.indent}
          outdent={commands.outdent}
          toggleLinks={() => setLinksOpen((open) => !open)}
          markComplete={() => void markSelectedComplete()}
          level={() => {
            setLevelUsed(true);
            setLevelOpen(true);
          }}
        />
      )}
      <ProgressToolbar
        projectId={projectId}
        project={project.data}
        columns={columnSet}
        setColumns={(set) => {
          localStorage.setItem(COLUMNS_KEY, set);
          setColumnSet(set);
          // An editor in a column the other set hides would be left open out of sight.
          setGrid((g) => ({ ...g, editing: undefined }));
        }}
        baselines={baselines.data ?? []}
        baselineId={baselineId}
        setBaselineId={setChosenBaseline}
        progressLine={progressLineOn && project.data?.project.statusDate !== undefined}
        toggleProgressLine={() => setProgressLineOn(!progressLineOn)}
      />
      {forecast !== undefined && (
        <div className="criticality-legend">
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={tintOn}
            title="Colour each bar by the share of forecast runs in which the task was critical"
            onClick={() => setTintOn(!tintOn)}
          >
            Criticality tint
          </button>
          {tintOn && (
            <span className="muted">
              Bars by criticality (share of {forecast.result.iterations.toLocaleString()} forecast runs in
              which the task was critical
              {forecast.planVersion !== undefined && project.data?.planVersion !== forecast.planVersion
                ? "; the plan changed since this forecast"
                : ""}
              ):
            </span>
          )}
          {tintOn &&
            CRITICALITY_LEVELS.map((l) => (
              <span key={l.level}>
                <span className={`tint-key tint-${l.level}`} aria-hidden="true" />
                {l.label}
              </span>
            ))}
        </div>
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
        tasks={shown}
        records={records}
        links={links.data ?? []}
        minutesPerDay={result?.project.minutesPerDay ?? 480}
        layout={layout}
        scale={scale}
        statusDate={project.data?.project.statusDate}
        progress={progressById}
        baseline={baselineSpans}
        progressLine={progressLineOn}
        canEdit={canEdit}
        saving={edits.unsaved > 0}
        grid={grid}
        setGrid={setGrid}
        commands={commands}
        assigned={assigned}
        overAllocated={overAllocated}
        criticality={criticality}
        begin={canEdit ? gantt.begin : undefined}
        drag={gantt.drag}
        onScrollX={(left) => {
          scrollX.current = left;
          if (loadScroller.current !== null) loadScroller.current.scrollLeft = left;
        }}
      />
      <LoadPanel
        open={loadOpen}
        toggle={() => {
          localStorage.setItem(LOAD_PANEL_KEY, loadOpen ? "closed" : "open");
          setLoadOpen(!loadOpen);
        }}
        load={hasPeople ? load.data : undefined}
        loading={resources.isPending || (hasPeople && load.isPending)}
        scale={scale}
        names={names}
        scroller={loadScroller}
        scrollX={scrollX}
      />
      {linksOpen && (
        <LinksPanel
          key={activeTask?.id}
          task={activeTask}
          tasks={tasks}
          links={links.data ?? []}
          canEdit={canEdit}
          edits={edits}
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
      {levelUsed && (
        <Suspense fallback={null}>
          <LevelDialog
            projectId={projectId}
            open={levelOpen}
            close={() => setLevelOpen(false)}
            names={names}
            minutesPerDay={result?.project.minutesPerDay ?? 480}
            applied={(applied) => setLeveled({ result: applied, label: writes.recordLeveling(applied) })}
          />
        </Suspense>
      )}
      {leveled !== undefined && (
        <Toast
          dismiss={() => setLeveled(undefined)}
          action={
            // Undo here while the leveling is the last edit; after that, from the undo history.
            history.undoLabel === leveled.label
              ? {
                  label: "Undo",
                  run: () => {
                    history.undo();
                    setLeveled(undefined);
                  },
                }
              : undefined
          }
        >
          {`Leveled ${leveled.result.tasks.length} task${leveled.result.tasks.length === 1 ? "" : "s"}.`}
        </Toast>
      )}
      {marked !== undefined && <Toast dismiss={() => setMarked(undefined)}>{marked}</Toast>}
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
