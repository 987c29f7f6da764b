import {
  type AreaRag,
  DEFAULT_THRESHOLDS,
  formatRatio,
  formatWorkingDays,
  type TrendPoint,
} from "@keel/engine";
import { RagPill } from "../status/RagPill.js";
import { formatDate } from "../ui/format.js";

/** An index against the status rules' thresholds: the level the report would give it. */
function indexRag(value: number | null, red: number, amber: number): AreaRag {
  if (value === null) return "GREY";
  return value < red ? "RED" : value < amber ? "AMBER" : "GREEN";
}

interface HeadlineProps {
  readonly last: TrendPoint | undefined;
  readonly work: { readonly totalHours: number; readonly doneHours: number };
}

/** The latest report's figures at a glance; each level is also said in words. */
export function Headline({ last, work }: HeadlineProps) {
  const t = DEFAULT_THRESHOLDS;
  const figures: { label: string; value: string; rag?: AreaRag; note: string }[] = [];
  if (last !== undefined) {
    figures.push(
      {
        label: "SPI",
        value: last.SPI === null ? "—" : formatRatio(last.SPI),
        rag: indexRag(last.SPI, t.spiRed, t.spiAmber),
        note: "work done ÷ work planned by now",
      },
      {
        label: "CPI",
        value: last.CPI === null ? "—" : formatRatio(last.CPI),
        rag: indexRag(last.CPI, t.cpiRed, t.cpiAmber),
        note: last.CPI === null ? "not measured (no costs)" : "budget of the work done ÷ its cost",
      },
      {
        label: "Work done",
        value: last.percentComplete === null ? "—" : `${Math.round(last.percentComplete)} %`,
        note:
          last.plannedPercentComplete === null
            ? "of all the work"
            : `${Math.round(last.plannedPercentComplete)} % planned by then`,
      },
      {
        label: "Forecast finish",
        value: formatDate(last.finish),
        note:
          last.finishVarianceDays === null
            ? "no baseline"
            : last.finishVarianceDays === 0
              ? "on baseline"
              : `${formatWorkingDays(Math.abs(last.finishVarianceDays))} ${last.finishVarianceDays > 0 ? "late" : "early"}`,
      },
      {
        label: "Open risks / issues",
        value: `${last.openRisks} / ${last.openIssues}`,
        note: `${last.highRisks} high ${last.highRisks === 1 ? "risk" : "risks"}`,
      },
    );
  }
  return (
    <ul className="headline" aria-label="Latest figures">
      <li className="headline-card headline-overall">
        <span className="headline-label">Overall</span>
        <span className="headline-value">
          {last === undefined ? "—" : <RagPill rag={last.rag} size="lg" />}
        </span>
        <span className="headline-note">
          {last === undefined ? "no report yet" : `as of ${formatDate(last.asOf)}`}
        </span>
      </li>
      {figures.map((f) => (
        <li key={f.label} className="headline-card">
          <span className="headline-label">
            {f.label} {f.rag !== undefined && f.rag !== "GREY" && <RagPill rag={f.rag} size="sm" />}
          </span>
          <span className="headline-value">{f.value}</span>
          <span className="headline-note">{f.note}</span>
        </li>
      ))}
      {last === undefined && (
        <li className="headline-card">
          <span className="headline-label">Work done now</span>
          <span className="headline-value">
            {work.totalHours > 0 ? `${Math.round((work.doneHours / work.totalHours) * 100)} %` : "—"}
          </span>
          <span className="headline-note">
            {work.doneHours.toLocaleString()} of {work.totalHours.toLocaleString()} h
          </span>
        </li>
      )}
    </ul>
  );
}
