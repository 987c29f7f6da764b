import { BACKLOG_ITEM_TYPES, DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { useId, useMemo, useState } from "react";
import { api } from "../api/client.js";
import { useResources, useTasks } from "../api/queries.js";
import { leafTasks } from "../raid/leaf-tasks.js";
import { localToday } from "../raid/raid-queries.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { Toast } from "../ui/Toast.js";
import {
  agilePaths,
  type ItemRecord,
  type MoveAnswer,
  type MoveBody,
  type SprintRecord,
  useAgileCharts,
  useAgileSettings,
  useBacklog,
  useSprintPlan,
  useSprints,
} from "./agile-api.js";
import { useAgileContext } from "./agile-context.js";
import { BacklogItemDialog, PEOPLE_LIST } from "./BacklogItemDialog.js";
import { BacklogList, LABELS_LIST } from "./BacklogList.js";
import { type BacklogFilter, isFiltered, labelsOf, matches, NO_FILTER } from "./backlog-filter.js";
import { EpicsPanel } from "./EpicsPanel.js";
import { TYPE_NAMES } from "./item-types.js";
import { QuickAddItem } from "./QuickAddItem.js";
import { rankAfterStep, rankAt } from "./rank.js";
import { SprintDialog } from "./SprintDialog.js";
import { SprintPlanning } from "./SprintPlanning.js";
import { nextSprintStart } from "./sprint-dates.js";
import { useAgileWrite } from "./use-agile-write.js";
import { useNotice } from "./use-notice.js";

/**
 * The backlog beside the sprint being planned: rank, add, edit and filter items; drag them (or use
 * "Add to sprint") into the sprint while its capacity and commitment say how full it is; create and
 * start sprints.
 */
export function BacklogPage() {
  const { projectId, canEdit } = useAgileContext();
  const id = useId();
  const agile = useAgileSettings(projectId);
  const backlog = useBacklog(projectId);
  const sprints = useSprints(projectId);
  const charts = useAgileCharts(projectId);
  const tasks = useTasks(projectId);
  const resources = useResources(projectId);
  const write = useAgileWrite(projectId);
  const paths = agilePaths(projectId);
  const [filter, setFilter] = useState<BacklogFilter>(NO_FILTER);
  const [showDone, setShowDone] = useState(false);
  const [opened, setOpened] = useState<string>();
  const [deleting, setDeleting] = useState<ItemRecord>();
  const [planningId, setPlanningId] = useState<string>();
  // The sprint whose dialog is open: "new" for one being created.
  const [sprintForm, setSprintForm] = useState<SprintRecord | "new">();
  const [starting, setStarting] = useState(false);
  const [notice, setNotice] = useNotice();
  const [alert, setAlert] = useState<string>();

  const settings = agile.data?.settings ?? DEFAULT_AGILE_SETTINGS;
  const unit = settings.estimateUnit;
  const items = backlog.data ?? [];
  const allSprints = sprints.data ?? [];
  const planned = allSprints.filter((s) => s.state === "planned");
  const active = allSprints.find((s) => s.state === "active");
  const sprint = planned.find((s) => s.id === planningId) ?? planned[0];
  const plan = useSprintPlan(projectId, sprint?.id);
  const done = new Set(settings.workflow.statuses.filter((s) => s.category === "done").map((s) => s.id));
  const epics = items.filter((i) => i.type === "epic");
  const unplanned = items.filter((i) => i.sprint === undefined && i.type !== "epic");
  const shown = unplanned
    .filter((i) => (showDone || !done.has(i.status)) && matches(i, filter))
    .sort((a, b) => a.rank - b.rank);
  const leaves = useMemo(() => leafTasks(tasks.data ?? []), [tasks.data]);
  const taskNames = useMemo(() => new Map((tasks.data ?? []).map((t) => [t.id, t.name])), [tasks.data]);
  const people = [
    ...new Set([
      ...(resources.data ?? []).filter((r) => r.type === "work").map((r) => r.name),
      ...items.flatMap((i) => (i.assignee === undefined ? [] : [i.assignee])),
    ]),
  ];

  async function move(item: ItemRecord, body: MoveBody): Promise<boolean> {
    const answer = await write(() =>
      api<MoveAnswer>("POST", paths.move(item.id), { ...body, version: item.version }),
    );
    if (!answer.ok) {
      setAlert(answer.message);
      return false;
    }
    setAlert(undefined);
    if (answer.value.check.level === "warn") setNotice(answer.value.check.message);
    return true;
  }

  const patch = async (item: ItemRecord, fields: Record<string, unknown>) => {
    const answer = await write(() => api("PATCH", paths.item(item.id), { ...fields, version: item.version }));
    return answer.ok ? undefined : answer.message;
  };

  async function step(item: ItemRecord, delta: number) {
    const rank = rankAfterStep(shown, item.id, delta);
    if (rank === undefined) return;
    await move(item, { rank });
    const label = `Move ${item.id} ${delta < 0 ? "up" : "down"}`;
    requestAnimationFrame(() => {
      const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(label)}"]`);
      (button?.disabled
        ? document.querySelector<HTMLElement>(`li[data-item="${CSS.escape(item.id)}"] .item-name`)
        : button
      )?.focus();
    });
  }

  function dropAt(itemId: string, index: number) {
    const item = items.find((i) => i.id === itemId);
    if (item === undefined) return;
    if (item.sprint !== undefined)
      return void move(item, { sprint: null, rank: rankAt(shown, itemId, index) });
    const from = shown.findIndex((i) => i.id === itemId);
    const to = from >= 0 && from < index ? index - 1 : index;
    if (to !== from) void move(item, { rank: rankAt(shown, itemId, to) });
  }

  async function start(target: SprintRecord) {
    setStarting(true);
    const answer = await write(() =>
      api<{ sprint: SprintRecord; guidance: { message: string; over: boolean } }>(
        "POST",
        paths.start(target.id),
        {
          version: target.version,
        },
      ),
    );
    setStarting(false);
    if (!answer.ok) return setAlert(answer.message);
    setAlert(undefined);
    setNotice(`${target.name} started. ${answer.value.guidance.message}`.trim());
  }

  const error = agile.error ?? backlog.error ?? sprints.error;
  const openedItem = items.find((i) => i.id === opened);
  const setField = (key: keyof BacklogFilter) => (value: string) =>
    setFilter((f) => ({ ...f, [key]: value }));

  return (
    <div className="backlog-page">
      <h2 className="sheet-heading">Backlog</h2>
      <p className="muted sheet-hint">
        Ranked top to bottom: drag a row, or use its arrows (Alt+↑/↓ in the row), to re-rank. Estimate,
        status, epic and labels are edited in place; the name opens the whole item.
      </p>
      {error !== null && <p className="form-error">{error.message}</p>}
      {alert !== undefined && (
        <p className="agile-error" role="alert">
          {alert}{" "}
          <button type="button" className="btn btn-small" onClick={() => setAlert(undefined)}>
            Dismiss
          </button>
        </p>
      )}
      <EpicsPanel
        epics={epics}
        rollups={charts.data?.epics}
        unit={unit}
        taskNames={taskNames}
        open={setOpened}
        show={(epic) => setFilter({ ...NO_FILTER, epic })}
      />
      <div className="backlog-layout">
        <section className="backlog-main" aria-labelledby={`${id}-list`}>
          <h3 id={`${id}-list`} className="visually-hidden">
            Backlog items
          </h3>
          {canEdit && (
            <QuickAddItem
              projectId={projectId}
              types={settings.itemTypes.length > 0 ? settings.itemTypes : BACKLOG_ITEM_TYPES}
              unit={unit}
              write={write}
              added={() => setAlert(undefined)}
            />
          )}
          <div className="raid-filters backlog-filters">
            <label>
              Type
              <select value={filter.type} onChange={(e) => setField("type")(e.target.value)}>
                <option value="">Any</option>
                {settings.itemTypes
                  .filter((t) => t !== "epic")
                  .map((t) => (
                    <option key={t} value={t}>
                      {TYPE_NAMES[t]}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              Epic
              <select value={filter.epic} onChange={(e) => setField("epic")(e.target.value)}>
                <option value="">Any</option>
                <option value="none">No epic</option>
                {epics.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Label
              <select value={filter.label} onChange={(e) => setField("label")(e.target.value)}>
                <option value="">Any</option>
                {labelsOf(items).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            <input
              type="search"
              aria-label="Find items"
              placeholder="Find by key, name or label"
              value={filter.text}
              onChange={(e) => setField("text")(e.target.value)}
            />
            <label className="inline-check">
              <input type="checkbox" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />{" "}
              Show done
            </label>
            <span className="raid-count" role="status">
              {shown.length} of {unplanned.length} {unplanned.length === 1 ? "item" : "items"}
            </span>
            {isFiltered(filter) && (
              <button type="button" className="btn btn-small" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            )}
          </div>
          <BacklogList
            items={shown}
            settings={settings}
            epics={epics}
            canEdit={canEdit}
            sprintName={sprint?.name}
            patch={patch}
            setStatus={(item, status) => void move(item, { status })}
            step={(item, delta) => void step(item, delta)}
            dropAt={dropAt}
            addToSprint={(item) => sprint !== undefined && void move(item, { sprint: sprint.id })}
            open={setOpened}
            empty={
              backlog.isPending
                ? "Loading…"
                : unplanned.length === 0
                  ? "The backlog is empty. Add the first item above, or import a Jira export."
                  : "No item matches these filters."
            }
          />
        </section>
        <SprintPlanning
          planned={planned}
          sprint={sprint}
          select={setPlanningId}
          plan={plan.data}
          planError={plan.error}
          unit={unit}
          canEdit={canEdit}
          activeName={active?.name}
          take={(itemId) => {
            const item = items.find((i) => i.id === itemId);
            if (item !== undefined && sprint !== undefined) void move(item, { sprint: sprint.id });
          }}
          giveBack={(item) => void move(item, { sprint: null })}
          open={setOpened}
          create={() => setSprintForm("new")}
          edit={() => setSprintForm(sprint)}
          start={() => sprint !== undefined && void start(sprint)}
          starting={starting}
        />
      </div>
      <datalist id={LABELS_LIST}>
        {labelsOf(items).map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <datalist id={PEOPLE_LIST}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {openedItem !== undefined && (
        <BacklogItemDialog
          key={openedItem.id}
          item={openedItem}
          settings={settings}
          epics={epics}
          tasks={leaves}
          canEdit={canEdit}
          save={(fields) => patch(openedItem, fields)}
          remove={() => {
            setOpened(undefined);
            setDeleting(openedItem);
          }}
          close={() => setOpened(undefined)}
        />
      )}
      {sprintForm !== undefined && (
        <SprintDialog
          projectId={projectId}
          sprint={sprintForm === "new" ? undefined : sprintForm}
          suggestedName={`Sprint ${allSprints.length + 1}`}
          start={nextSprintStart(localToday(), allSprints)}
          length={settings.sprintLength > 0 ? settings.sprintLength : 14}
          write={write}
          saved={(s) => {
            setPlanningId(s.id);
            setNotice(sprintForm === "new" ? `${s.name} created: drag items into it.` : `${s.name} saved.`);
          }}
          close={() => setSprintForm(undefined)}
        />
      )}
      <ConfirmDelete
        open={deleting !== undefined}
        title={`Delete ${deleting?.id ?? ""}?`}
        confirm={async () => {
          if (deleting === undefined) return undefined;
          const answer = await write(() =>
            api("DELETE", `${paths.item(deleting.id)}?version=${deleting.version}`),
          );
          return answer.ok ? undefined : answer.message;
        }}
        close={() => setDeleting(undefined)}
      >
        <p>“{deleting?.name}” leaves the backlog. Its history stays in the project's change log.</p>
      </ConfirmDelete>
      {notice !== undefined && <Toast dismiss={() => setNotice(undefined)}>{notice}</Toast>}
    </div>
  );
}
