import { DEFAULT_AGILE_SETTINGS, type Swimlanes } from "@keel/model";
import { type DragEvent, useId, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { useResources } from "../api/queries.js";
import { localToday } from "../raid/raid-queries.js";
import { formatDate } from "../ui/format.js";
import { Toast } from "../ui/Toast.js";
import {
  agilePaths,
  type ItemRecord,
  type MoveAnswer,
  type SprintRecord,
  useAgileSettings,
  useBacklog,
  useSprints,
} from "./agile-api.js";
import { useAgileContext } from "./agile-context.js";
import { PEOPLE_LIST } from "./BacklogItemDialog.js";
import { BoardCard } from "./BoardCard.js";
import { boardLayout } from "./board-layout.js";
import { CloseSprintDialog } from "./CloseSprintDialog.js";
import { dragsItem, droppedItem } from "./drag.js";
import { formatEstimate, sumEstimates } from "./estimate.js";
import { QuickEditDialog } from "./QuickEditDialog.js";
import { daysLeft } from "./sprint-dates.js";
import { useAgileWrite } from "./use-agile-write.js";
import { useNotice } from "./use-notice.js";

const LANES: readonly { id: Swimlanes; label: string }[] = [
  { id: "none", label: "No lanes" },
  { id: "assignee", label: "By assignee" },
  { id: "epic", label: "By epic" },
];

/**
 * The board of the running sprint (or, for a team without sprints, of every item but epics):
 * a column per workflow status with its count and WIP limit, swimlanes by assignee or epic. Cards
 * move by drag and drop or their status box; the server checks the workflow and the limits.
 */
export function BoardPage() {
  const { projectId, canEdit, base } = useAgileContext();
  const id = useId();
  const agile = useAgileSettings(projectId);
  const backlog = useBacklog(projectId);
  const sprints = useSprints(projectId);
  const resources = useResources(projectId);
  const write = useAgileWrite(projectId);
  const paths = agilePaths(projectId);
  const [lanesBy, setLanesBy] = useState<Swimlanes>();
  const [moving, setMoving] = useState<string>();
  const [over, setOver] = useState<string>();
  const [editing, setEditing] = useState<string>();
  // The sprint being closed and its cards when the dialog opened: the dialog outlives the close,
  // after which the sprint is no longer the running one.
  const [closing, setClosing] = useState<{ sprint: SprintRecord; items: readonly ItemRecord[] }>();
  const [notice, setNotice] = useNotice();
  const [alert, setAlert] = useState<string>();

  const settings = agile.data?.settings ?? DEFAULT_AGILE_SETTINGS;
  const unit = settings.estimateUnit;
  const swimlanes = lanesBy ?? settings.swimlanes;
  const items = backlog.data ?? [];
  const allSprints = sprints.data ?? [];
  const active = allSprints.find((s) => s.state === "active");
  const planned = allSprints.filter((s) => s.state === "planned");
  const kanban = settings.sprintLength === 0;
  // The cards the server counts against WIP limits: the running sprint's, or every item but epics
  // for a team without sprints.
  const cards = items.filter(
    (i) => i.type !== "epic" && (active !== undefined ? i.sprint === active.id : kanban),
  );
  const names = new Map((resources.data ?? []).map((r) => [r.id, r.name]));
  const epicNames = new Map(items.filter((i) => i.type === "epic").map((i) => [i.id, i.name]));
  const person = (key: string) => names.get(key) ?? key;
  const laneTitle = (key: string) =>
    swimlanes === "assignee"
      ? key === ""
        ? "Unassigned"
        : person(key)
      : swimlanes === "epic"
        ? key === ""
          ? "No epic"
          : `${epicNames.get(key) ?? key} (${key})`
        : "";
  const board = boardLayout(cards, settings.workflow, swimlanes, laneTitle);
  const done = new Set(settings.workflow.statuses.filter((s) => s.category === "done").map((s) => s.id));
  const today = localToday();

  async function move(item: ItemRecord, status: string) {
    if (item.status === status) return;
    setMoving(item.id);
    const answer = await write(() =>
      api<MoveAnswer>("POST", paths.move(item.id), { status, version: item.version }),
    );
    setMoving(undefined);
    if (!answer.ok) {
      setNotice(undefined);
      return setAlert(`${item.id} stays where it was: ${answer.message}`);
    }
    setAlert(undefined);
    const check = answer.value.check;
    if (check.level === "warn") {
      const column =
        settings.workflow.statuses.find((s) => s.id === check.wip?.status)?.name ?? check.wip?.status;
      setNotice(
        `${item.id} moved, over a WIP limit: ${check.message ?? `${column} holds ${check.wip?.count} cards, limit ${check.wip?.limit}`}.`,
      );
    } else setNotice(undefined);
  }

  function onDrop(event: DragEvent, status: string) {
    event.preventDefault();
    setOver(undefined);
    const item = cards.find((c) => c.id === droppedItem(event));
    if (item !== undefined) void move(item, status);
  }

  const error = agile.error ?? backlog.error ?? sprints.error;
  const editedItem = cards.find((c) => c.id === editing);
  const columns = `repeat(${board.columns.length}, minmax(180px, 1fr))`;

  return (
    <div className="board-page">
      <div className="board-head">
        {active !== undefined ? (
          <div className="sprint-banner">
            <h2 className="sheet-heading">
              {active.name}{" "}
              <span className="muted sprint-banner-dates">
                {formatDate(active.start)} – {formatDate(active.finish)}
              </span>
            </h2>
            {active.goal !== undefined && <p className="sprint-goal">Goal: {active.goal}</p>}
            <p className="muted sprint-banner-figures">
              <strong className="days-left">
                {daysLeft(today, active.finish) === 0
                  ? "Ended"
                  : `${daysLeft(today, active.finish)} ${daysLeft(today, active.finish) === 1 ? "day" : "days"} left`}
              </strong>{" "}
              ·{" "}
              {formatEstimate(
                sumEstimates(
                  cards.filter((c) => done.has(c.status)),
                  unit,
                ),
                unit,
              )}{" "}
              done of {formatEstimate(sumEstimates(cards, unit), unit)}
            </p>
          </div>
        ) : (
          <div className="sprint-banner">
            <h2 className="sheet-heading">Board</h2>
            <p className="muted">
              {kanban
                ? "A continuous flow: every item but epics."
                : "No sprint is running. Plan one and start it on the "}
              {!kanban && <Link to={`${base}/backlog`}>backlog</Link>}
              {!kanban && "."}
            </p>
          </div>
        )}
        <fieldset className="segmented" aria-label="Swimlanes">
          {LANES.map((l) => (
            <button
              key={l.id}
              type="button"
              className="btn"
              aria-pressed={swimlanes === l.id}
              onClick={() => setLanesBy(l.id)}
            >
              {l.label}
            </button>
          ))}
        </fieldset>
        {active !== undefined && canEdit && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setClosing({ sprint: active, items: cards })}
          >
            Close sprint
          </button>
        )}
      </div>
      {error !== null && <p className="form-error">{error.message}</p>}
      {alert !== undefined && (
        <p className="agile-error" role="alert">
          {alert}{" "}
          <button type="button" className="btn btn-small" onClick={() => setAlert(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      <p className="muted sheet-hint">
        Drag a card to another column, or choose its status in the card. WIP policy:{" "}
        {settings.wipPolicy === "block"
          ? "a full column refuses more cards"
          : "a column may go over its limit, with a warning"}
        .
      </p>
      <section className="board" aria-labelledby={`${id}-board`}>
        <h3 id={`${id}-board`} className="visually-hidden">
          Board columns
        </h3>
        <div className="board-grid" style={{ gridTemplateColumns: columns }}>
          {board.columns.map((c) => (
            <div
              key={c.status.id}
              className={`board-column-head cat-${c.status.category}${c.over ? " is-over" : c.full ? " is-full" : ""}`}
              data-status={c.status.id}
            >
              <span className="board-column-name">{c.status.name}</span>
              <span className="board-column-count">
                {c.count}
                {c.status.wip !== undefined && ` / ${c.status.wip}`}
                {c.status.wip !== undefined && <span className="visually-hidden"> WIP limit</span>}
              </span>
              {c.over && <span className="wip-flag">Over WIP limit</span>}
            </div>
          ))}
          {board.lanes.map((lane) => (
            <div key={lane.key} className="board-lane" style={{ display: "contents" }}>
              {swimlanes !== "none" && (
                <h4 className="board-lane-title" style={{ gridColumn: "1 / -1" }}>
                  {lane.title} <span className="muted">({lane.cells.reduce((n, c) => n + c.length, 0)})</span>
                </h4>
              )}
              {board.columns.map((c, k) => {
                const cell = `${lane.key}:${c.status.id}`;
                return (
                  <section
                    key={c.status.id}
                    className={`board-cell${over === cell ? " is-drop-target" : ""}${c.over ? " is-over" : ""}`}
                    aria-label={`${c.status.name}${swimlanes === "none" ? "" : `, ${lane.title}`}`}
                    data-status={c.status.id}
                    onDragOver={(e) => {
                      if (!canEdit || !dragsItem(e)) return;
                      e.preventDefault();
                      setOver(cell);
                    }}
                    onDragLeave={(e) => {
                      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(undefined);
                    }}
                    onDrop={(e) => onDrop(e, c.status.id)}
                  >
                    {(lane.cells[k] ?? []).map((item) => (
                      <BoardCard
                        key={item.id}
                        item={item}
                        statuses={settings.workflow.statuses}
                        unit={unit}
                        assignee={item.assignee === undefined ? undefined : person(item.assignee)}
                        epic={
                          swimlanes === "epic" || item.epic === undefined
                            ? undefined
                            : (epicNames.get(item.epic) ?? item.epic)
                        }
                        canEdit={canEdit}
                        busy={moving === item.id}
                        move={(status) => void move(item, status)}
                        edit={() => setEditing(item.id)}
                      />
                    ))}
                  </section>
                );
              })}
            </div>
          ))}
        </div>
      </section>
      {board.strays.length > 0 && (
        <p className="muted">
          {board.strays.length} {board.strays.length === 1 ? "item has a status" : "items have statuses"} the
          workflow has no column for: {board.strays.map((s) => `${s.id} (${s.status})`).join(", ")}.
        </p>
      )}
      <datalist id={PEOPLE_LIST}>
        {(resources.data ?? [])
          .filter((r) => r.type === "work")
          .map((r) => (
            <option key={r.id} value={r.name} />
          ))}
      </datalist>
      {editedItem !== undefined && (
        <QuickEditDialog
          key={editedItem.id}
          item={editedItem}
          unit={unit}
          save={async (patch) => {
            const answer = await write(() =>
              api("PATCH", paths.item(editedItem.id), { ...patch, version: editedItem.version }),
            );
            return answer.ok ? undefined : answer.message;
          }}
          close={() => setEditing(undefined)}
        />
      )}
      {closing !== undefined && (
        <CloseSprintDialog
          projectId={projectId}
          sprint={active?.id === closing.sprint.id ? active : closing.sprint}
          items={active?.id === closing.sprint.id ? cards : closing.items}
          settings={settings}
          planned={planned}
          write={write}
          close={() => setClosing(undefined)}
        />
      )}
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </div>
  );
}
