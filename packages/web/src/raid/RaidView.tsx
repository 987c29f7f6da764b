import type { HeatMapSide, StaleItem } from "@keel/engine";
import { DEFAULT_RISK_SCALES } from "@keel/model";
import { useId, useMemo, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { api } from "../api/client.js";
import { useProject, useResources, useTasks } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { usePlanWrite } from "../plan/use-plan-write.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import "../resources/resources.css";
import "./raid.css";
import { ExposureTrend } from "./ExposureTrend.js";
import { type ChosenCell, HeatMapCard } from "./HeatMapCard.js";
import { levelName } from "./heat-grid.js";
import { ItemDialog } from "./ItemDialog.js";
import { distinctValues, EMPTY_FILTER, type ItemFilter, type SortState } from "./item-filter.js";
import { KindPanel } from "./KindPanel.js";
import { CATEGORIES_LIST, type Exposure, kindViews, OWNERS_LIST, PROVIDERS_LIST } from "./kind-views.js";
import { leafTasks } from "./leaf-tasks.js";
import { NeedsAttention } from "./NeedsAttention.js";
import { RaidTabs } from "./RaidTabs.js";
import { KINDS, RAID_KINDS, type RaidKind, type RaidRecord, type RecordOf } from "./raid-kinds.js";
import { itemsPath, localToday, useRaidItems, useRaidSummary } from "./raid-queries.js";

/** Categories offered before the register has its own. */
const COMMON_CATEGORIES = ["Technical", "Schedule", "Resources", "Vendor", "Scope", "Budget", "Security"];

const NO_FILTERS: Record<RaidKind, ItemFilter> = {
  risk: EMPTY_FILTER,
  assumption: EMPTY_FILTER,
  issue: EMPTY_FILTER,
  dependency: EMPTY_FILTER,
};

function kindOfTab(tab: string | null): RaidKind {
  return RAID_KINDS.find((k) => KINDS[k].plural === tab) ?? "risk";
}

/**
 * The RAID log of a project: the heat map of its threats before and after response, the exposure
 * trend, what needs attention, and the four registers as tabs, each with quick add, filters, sorting,
 * editing in place and a panel for the whole item. Everything refreshes live as anyone edits.
 */
export function RaidView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const today = localToday();
  const summary = useRaidSummary(projectId, today);
  const lists = {
    risk: useRaidItems(projectId, "risk"),
    assumption: useRaidItems(projectId, "assumption"),
    issue: useRaidItems(projectId, "issue"),
    dependency: useRaidItems(projectId, "dependency"),
  };
  const tasks = useTasks(projectId);
  const resources = useResources(projectId);
  const write = usePlanWrite(projectId);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sorts, setSorts] = useState<Partial<Record<RaidKind, SortState>>>({});
  const [side, setSide] = useState<HeatMapSide>("before");
  const [cell, setCell] = useState<ChosenCell>();
  const [opened, setOpened] = useState<{ kind: RaidKind; id: string }>();
  const [deleting, setDeleting] = useState<{ kind: RaidKind; item: RaidRecord }>();

  const tab = kindOfTab(params.get("tab"));
  const canEdit = project.data !== undefined && project.data.role !== "viewer";
  const scales = summary.data?.scales ?? project.data?.project.riskScales ?? DEFAULT_RISK_SCALES;
  const leaves = useMemo(() => leafTasks(tasks.data ?? []), [tasks.data]);
  const taskNames = useMemo(() => new Map((tasks.data ?? []).map((t) => [t.id, t.name])), [tasks.data]);
  const exposures = useMemo(
    () => new Map<string, Exposure>((summary.data?.exposures ?? []).map((e) => [e.id, e])),
    [summary.data],
  );
  const views = useMemo(
    () => kindViews({ scales, exposures, taskNames, today }),
    [scales, exposures, taskNames, today],
  );
  const riskNames = new Map((lists.risk.data ?? []).map((r) => [r.id, r.name]));
  const staleBy = (kind: RaidKind) =>
    new Map<string, StaleItem>(
      (summary.data?.stale ?? []).filter((s) => s.kind === kind).map((s) => [s.id, s]),
    );

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  const tabId = (kind: RaidKind) => `${id}-tab-${kind}`;
  const panelId = (kind: RaidKind) => `${id}-panel-${kind}`;
  const showTab = (kind: RaidKind) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set("tab", KINDS[kind].plural);
        return next;
      },
      { replace: true },
    );
  const reveal = (kind: RaidKind) => {
    showTab(kind);
    requestAnimationFrame(() =>
      document.getElementById(tabId(kind))?.scrollIntoView({ block: "start", behavior: "smooth" }),
    );
  };
  const setFilter = (kind: RaidKind) => (filter: ItemFilter) =>
    setFilters((all) => ({ ...all, [kind]: filter }));
  const setSort = (kind: RaidKind) => (sort: SortState) => setSorts((all) => ({ ...all, [kind]: sort }));
  const cellRisks =
    cell === undefined
      ? undefined
      : (summary.data?.heatMap[cell.side].rows
          .flat()
          .find((c) => c.probability === cell.probability && c.impact === cell.impact)?.risks ?? []);
  const cellLabel =
    cell === undefined
      ? undefined
      : `Heat map: ${levelName(scales.probability, cell.probability)} × ${levelName(scales.impact, cell.impact)}, ${cell.side} response`;

  const owners = distinctValues(
    [...RAID_KINDS.flatMap((k) => (lists[k].data ?? []) as readonly RaidRecord[]), ...(resources.data ?? [])],
    (i) => ("owner" in i ? i.owner : "type" in i && i.type === "work" ? i.name : undefined),
  );
  const categories = distinctValues(
    [...(lists.risk.data ?? []).map((r) => r.category), ...COMMON_CATEGORIES],
    (c) => c,
  );
  const providers = distinctValues(lists.dependency.data ?? [], (d) => d.provider);

  const panel = <K extends RaidKind>(kind: K) => (
    <KindPanel
      projectId={projectId}
      kind={kind}
      items={lists[kind].data as readonly RecordOf[K][] | undefined}
      error={lists[kind].error}
      view={views[kind]}
      scales={scales}
      filter={
        kind === "risk" && cellRisks !== undefined ? { ...filters[kind], ids: cellRisks } : filters[kind]
      }
      setFilter={setFilter(kind)}
      sort={sorts[kind]}
      setSort={setSort(kind)}
      stale={staleBy(kind)}
      canEdit={canEdit}
      write={write}
      open={(itemId) => setOpened({ kind, id: itemId })}
      remove={(item) => setDeleting({ kind, item })}
      {...(kind === "risk" ? { cell: cellLabel, clearCell: () => setCell(undefined) } : {})}
      {...(kind === "dependency"
        ? {
            note: "Linked tasks wait for a dependency on the Gantt: they cannot start before its delivery, else its expected date, else the date it is needed by. A dependency expected after it is needed is marked late.",
          }
        : {})}
    />
  );

  const dialog = <K extends RaidKind>(kind: K, itemId: string) => {
    const item = (lists[kind].data as readonly RecordOf[K][] | undefined)?.find((i) => i.id === itemId);
    if (item === undefined) return null;
    return (
      <ItemDialog
        key={`${kind}:${itemId}`}
        kind={kind}
        item={item}
        view={views[kind]}
        scales={scales}
        tasks={leaves}
        stale={staleBy(kind).get(itemId)}
        canEdit={canEdit}
        save={(patch, version) =>
          write(() => api("PATCH", itemsPath(projectId, kind, item.id), { ...patch, version }))
        }
        remove={() => {
          setOpened(undefined);
          setDeleting({ kind, item });
        }}
        close={() => setOpened(undefined)}
      />
    );
  };

  return (
    <section className="raid" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">RAID log</h2>
      <p className="muted sheet-hint">
        Risks, assumptions, issues and dependencies of this plan. Click a cell to change it, an id to open the
        whole item; every change is saved at once and shows for everyone.
      </p>
      {summary.isError && <p className="form-error">{summary.error.message}</p>}
      <div className="raid-overview">
        <HeatMapCard
          maps={summary.data?.heatMap}
          scales={scales}
          names={riskNames}
          side={side}
          setSide={setSide}
          chosen={cell}
          choose={(c) => {
            setCell(c);
            reveal("risk");
          }}
        />
        <ExposureTrend trend={summary.data?.trend} today={today} />
        <NeedsAttention
          stale={summary.data?.stale}
          open={(s) => {
            showTab(s.kind);
            setOpened({ kind: s.kind, id: s.id });
          }}
        />
      </div>
      <RaidTabs
        label="RAID registers"
        tabs={RAID_KINDS.map((k) => ({ id: k, label: KINDS[k].title, count: lists[k].data?.length }))}
        selected={tab}
        select={showTab}
        tabId={tabId}
        panelId={panelId}
      />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="raid-panel">
        {tab === "risk"
          ? panel("risk")
          : tab === "assumption"
            ? panel("assumption")
            : tab === "issue"
              ? panel("issue")
              : panel("dependency")}
      </div>
      <datalist id={OWNERS_LIST}>
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <datalist id={CATEGORIES_LIST}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <datalist id={PROVIDERS_LIST}>
        {providers.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {opened !== undefined && dialog(opened.kind, opened.id)}
      <ConfirmDelete
        open={deleting !== undefined}
        title={`Delete ${deleting?.item.id ?? ""}?`}
        confirm={() =>
          deleting === undefined
            ? Promise.resolve(undefined)
            : write(() =>
                api(
                  "DELETE",
                  `${itemsPath(projectId, deleting.kind, deleting.item.id)}?version=${deleting.item.version}`,
                ),
              )
        }
        close={() => setDeleting(undefined)}
      >
        <p>
          “{deleting?.item.name}” leaves the {deleting === undefined ? "" : KINDS[deleting.kind].noun}{" "}
          register. Its history stays in the project's change log.
        </p>
      </ConfirmDelete>
    </section>
  );
}
