import { useId } from "react";
import type { ProjectRecord } from "../api/types.js";
import { StatusDateControl } from "../tracking/StatusDateControl.js";
import type { BaselineRecord } from "../tracking/tracking-queries.js";
import { COLUMN_SET_NAMES, type ColumnSet } from "./columns.js";

const SET_TITLES: Readonly<Record<ColumnSet, { label: string; title: string }>> = {
  schedule: { label: "Schedule columns", title: "Duration, dates, float, work and resources" },
  progress: {
    label: "Progress columns",
    title: "Percent complete, actual start and finish, remaining duration and actual cost",
  },
  details: {
    label: "Details columns",
    title: "Three-point estimate, constraint, deadline, leveling priority and notes",
  },
};

interface ProgressToolbarProps {
  readonly projectId: string;
  readonly project: ProjectRecord | undefined;
  readonly columns: ColumnSet;
  readonly setColumns: (set: ColumnSet) => void;
  readonly baselines: readonly BaselineRecord[];
  /** The baseline drawn under the bars, if any. */
  readonly baselineId: string | undefined;
  readonly setBaselineId: (id: string | undefined) => void;
  readonly progressLine: boolean;
  readonly toggleProgressLine: () => void;
}

/**
 * Tracking on the plan: the status date, the table's column set (scheduling, progress or details), a
 * baseline to draw under the bars, and the progress line through the status date.
 */
export function ProgressToolbar(props: ProgressToolbarProps) {
  const id = useId();
  const hasStatusDate = props.project?.project.statusDate !== undefined;
  return (
    <div className="toolbar progress-toolbar" role="toolbar" aria-label="Progress and baseline">
      <StatusDateControl projectId={props.projectId} project={props.project} />
      <fieldset className="segmented" aria-label="Columns">
        {COLUMN_SET_NAMES.map((set) => (
          <button
            key={set}
            type="button"
            className="btn btn-small"
            aria-pressed={props.columns === set}
            onClick={() => props.setColumns(set)}
            title={SET_TITLES[set].title}
          >
            {SET_TITLES[set].label}
          </button>
        ))}
      </fieldset>
      <span className="progress-toolbar-field">
        <label htmlFor={`${id}-baseline`}>Baseline bars</label>
        <select
          id={`${id}-baseline`}
          value={props.baselineId ?? ""}
          disabled={props.baselines.length === 0}
          title={props.baselines.length === 0 ? "Save a baseline in the Tracking view first" : undefined}
          onChange={(e) => props.setBaselineId(e.target.value === "" ? undefined : e.target.value)}
        >
          <option value="">{props.baselines.length === 0 ? "None saved" : "None"}</option>
          {props.baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        className="btn btn-small"
        aria-pressed={props.progressLine}
        disabled={!hasStatusDate}
        title={
          hasStatusDate
            ? "A line down the status date that bends left to tasks behind schedule and right to tasks ahead"
            : "Set a status date first"
        }
        onClick={props.toggleProgressLine}
      >
        Progress line
      </button>
    </div>
  );
}
