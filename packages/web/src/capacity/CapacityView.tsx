import { useId, useState } from "react";
import { useParams } from "react-router";
import { useCapacity, useProject } from "../api/queries.js";
import type { CapacityCellRecord, CapacityRecord } from "../api/types.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { formatHours, niceCeiling } from "../resources/load-chart.js";
import "../resources/resources.css";
import "./capacity.css";
import { shortDate } from "../ui/format.js";
import { formatPercent, HEAT_NAMES, type HeatLevel, heatLevel, parseFocus } from "./heat.js";

const DEFAULT_FOCUS = 0.8;
const LEVELS: readonly HeatLevel[] = ["low", "mid", "high", "over"];

/**
 * The capacity plan: each person's available hours (calendar, days off, focus factor) against the
 * hours their tasks ask for, week by week, as a heat map; the team's total; the weeks over capacity
 * or under half used. Choosing a person shows their weeks as a histogram.
 */
export function CapacityView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const [focusText, setFocusText] = useState(String(DEFAULT_FOCUS * 100));
  const [focus, setFocus] = useState(DEFAULT_FOCUS);
  const capacity = useCapacity(projectId, focus);
  const [person, setPerson] = useState<string>();
  const plan = capacity.data;
  const focusValid = parseFocus(focusText) !== undefined;
  const chosen = plan?.rows.find((r) => r.id === person);

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  return (
    <section className="capacity" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">Capacity by week</h2>
      <div className="capacity-controls">
        <label htmlFor={`${id}-focus`}>Focus factor</label>
        <input
          id={`${id}-focus`}
          type="number"
          min={5}
          max={100}
          step={5}
          value={focusText}
          aria-describedby={`${id}-focus-hint`}
          aria-invalid={!focusValid}
          onChange={(e) => {
            setFocusText(e.target.value);
            const parsed = parseFocus(e.target.value);
            if (parsed !== undefined) setFocus(parsed);
          }}
        />
        <span aria-hidden="true">%</span>
        <span id={`${id}-focus-hint`} className="muted">
          {focusValid
            ? "of each working hour goes to planned work (the rest is meetings, support, interruptions)."
            : "Enter a percentage from 1 to 100."}
        </span>
      </div>
      {capacity.isError && <p className="form-error">{capacity.error.message}</p>}
      {plan === undefined ? (
        !capacity.isError && <p className="muted">Loading…</p>
      ) : plan.rows.length === 0 ? (
        <p className="muted empty">No people in this plan yet: add work resources on the Resources page.</p>
      ) : (
        <>
          <Legend />
          <HeatMap plan={plan} person={person} choose={(p) => setPerson(p === person ? undefined : p)} />
          <WeekLists plan={plan} />
          {chosen !== undefined && (
            <PersonHistogram
              name={chosen.name}
              cells={chosen.cells}
              close={() => setPerson(undefined)}
              focus={plan.focus}
            />
          )}
        </>
      )}
    </section>
  );
}

function Legend() {
  return (
    <p className="heat-legend">
      <span className="muted">Utilisation:</span>
      {LEVELS.map((level) => (
        <span key={level} className={`heat-key heat-${level}`}>
          {HEAT_NAMES[level]}
        </span>
      ))}
    </p>
  );
}

interface HeatMapProps {
  readonly plan: CapacityRecord;
  readonly person: string | undefined;
  readonly choose: (id: string) => void;
}

function HeatMap({ plan, person, choose }: HeatMapProps) {
  const cell = (who: string, c: CapacityCellRecord) => {
    const level = heatLevel(c.utilisation, c.availableHours, c.demandHours);
    const title = `${who}, week of ${shortDate(c.start)}: ${formatHours(c.demandHours)} planned of ${formatHours(c.availableHours)} available`;
    return (
      <td key={c.start} className={`num heat heat-${level}`} title={title}>
        {level === "none" ? <span className="muted">–</span> : formatPercent(c.utilisation)}
      </td>
    );
  };
  const total = (available: number, demand: number) => (
    <td
      className="num heat-total"
      title={`${formatHours(demand)} planned of ${formatHours(available)} available`}
    >
      {available === 0 ? (demand === 0 ? "–" : "n/a") : formatPercent(demand / available)}
    </td>
  );
  const teamAvailable = plan.team.reduce((s, c) => s + c.availableHours, 0);
  const teamDemand = plan.team.reduce((s, c) => s + c.demandHours, 0);
  return (
    <div className="heat-scroll">
      <table className="table heat-map">
        <caption className="visually-hidden">
          Utilisation per person and week: planned hours as a share of available hours
        </caption>
        <thead>
          <tr>
            <th scope="col" className="heat-person">
              Person
            </th>
            <th scope="col">Group</th>
            {plan.periods.map((p) => (
              <th key={p} scope="col" className="num">
                <span className="visually-hidden">Week of </span>
                {shortDate(p)}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((r) => (
            <tr key={r.id} data-person={r.id}>
              <th scope="row" className="heat-person">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={person === r.id}
                  title={`Show ${r.name}'s weeks as a chart`}
                  onClick={() => choose(r.id)}
                >
                  {r.name}
                </button>
              </th>
              <td className="muted">{r.group ?? ""}</td>
              {r.cells.map((c) => cell(r.name, c))}
              {total(r.availableHours, r.demandHours)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="heat-person">
              Team
            </th>
            <td />
            {plan.team.map((c) => cell("Team", c))}
            {total(teamAvailable, teamDemand)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function WeekLists({ plan }: { readonly plan: CapacityRecord }) {
  const weeks = (starts: readonly string[]) => starts.map(shortDate).join(", ");
  return (
    <div className="week-lists">
      <section aria-labelledby="over-weeks">
        <h3 id="over-weeks">Over capacity</h3>
        <p className={plan.over.length > 0 ? "week-over" : "muted"}>
          {plan.over.length === 0
            ? "No week: the team's demand fits its capacity."
            : `Weeks of ${weeks(plan.over)}`}
        </p>
      </section>
      <section aria-labelledby="under-weeks">
        <h3 id="under-weeks">Under half used</h3>
        <p className={plan.under.length > 0 ? "" : "muted"}>
          {plan.under.length === 0 ? "No week." : `Weeks of ${weeks(plan.under)}`}
        </p>
      </section>
    </div>
  );
}

interface PersonHistogramProps {
  readonly name: string;
  readonly cells: readonly CapacityCellRecord[];
  readonly focus: number;
  readonly close: () => void;
}

const BAR = 14;
const GROUP = 48;
const HEIGHT = 160;
const LEFT = 44;
const BOTTOM = 22;

/** One person's weeks: available hours beside planned hours, over-capacity weeks in the danger colour. */
function PersonHistogram({ name, cells, focus, close }: PersonHistogramProps) {
  const id = useId();
  let most = 1;
  for (const c of cells) most = Math.max(most, c.availableHours, c.demandHours);
  const top = niceCeiling(most * 1.1);
  const y = (h: number) => HEIGHT - (h / top) * HEIGHT;
  const width = LEFT + cells.length * GROUP + 8;
  return (
    <section className="card person-histogram" aria-labelledby={`${id}-title`}>
      <div className="toolbar" style={{ marginBottom: "var(--space-2)" }}>
        <h3 id={`${id}-title`} style={{ margin: 0 }}>
          {name}: available and planned hours per week
        </h3>
        <span className="load-legend muted" aria-hidden="true">
          <span className="swatch available" /> available (at {Math.round(focus * 100)}% focus){" "}
          <span className="swatch demand" /> planned <span className="swatch over" /> over capacity
        </span>
        <button type="button" className="btn btn-small" style={{ marginLeft: "auto" }} onClick={close}>
          Close
        </button>
      </div>
      <div className="histogram-scroll">
        <svg
          width={width}
          height={HEIGHT + BOTTOM + 8}
          role="img"
          aria-label={`${name}: ${cells
            .map(
              (c) =>
                `week of ${shortDate(c.start)} ${formatHours(c.demandHours)} of ${formatHours(c.availableHours)}`,
            )
            .join("; ")}`}
        >
          <g transform="translate(0,6)">
            {[0, 0.5, 1].map((f) => (
              <g key={f}>
                <line className="load-grid" x1={LEFT} x2={width} y1={y(top * f)} y2={y(top * f)} />
                <text className="axis-label" x={LEFT - 6} y={y(top * f) + 4} textAnchor="end">
                  {formatHours(top * f)}
                </text>
              </g>
            ))}
            {cells.map((c, i) => {
              const x = LEFT + i * GROUP + (GROUP - 2 * BAR - 2) / 2;
              const over = c.utilisation === null || c.demandHours > c.availableHours + 1e-9;
              return (
                <g key={c.start}>
                  <title>{`Week of ${shortDate(c.start)}: ${formatHours(c.demandHours)} planned of ${formatHours(c.availableHours)} available (${formatPercent(c.utilisation)})`}</title>
                  <rect
                    className="hist-available"
                    x={x}
                    y={y(c.availableHours)}
                    width={BAR}
                    height={HEIGHT - y(c.availableHours)}
                  />
                  <rect
                    className={over ? "load-bar over" : "load-bar"}
                    x={x + BAR + 2}
                    y={y(c.demandHours)}
                    width={BAR}
                    height={HEIGHT - y(c.demandHours)}
                  />
                  <text
                    className="axis-label"
                    x={LEFT + i * GROUP + GROUP / 2}
                    y={HEIGHT + 16}
                    textAnchor="middle"
                  >
                    {shortDate(c.start)}
                  </text>
                </g>
              );
            })}
            <line className="load-base" x1={LEFT} x2={width} y1={HEIGHT} y2={HEIGHT} />
          </g>
        </svg>
      </div>
    </section>
  );
}
