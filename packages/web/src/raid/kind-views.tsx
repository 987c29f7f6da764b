import type { ExposureBand } from "@keel/engine";
import {
  ESCALATION_LEVELS,
  ISSUE_SEVERITIES,
  RISK_KINDS,
  RISK_STRATEGIES,
  type RiskScales,
} from "@keel/model";
import type { ReactNode } from "react";
import { formatDate } from "../ui/format.js";
import { BAND_NAMES, levelName, levelOptions } from "./heat-grid.js";
import type { SortState } from "./item-filter.js";
import { ageText, daysBetween, daysLate } from "./raid-dates.js";
import type { FieldSpec } from "./raid-fields.js";
import {
  type AssumptionRecord,
  type DependencyRecord,
  type IssueRecord,
  KINDS,
  type RaidKind,
  type RaidSummary,
  type RecordOf,
  type RiskRecord,
  titleCase,
} from "./raid-kinds.js";
import { actionsProgress } from "./risk-actions.js";

/** One column of a RAID table after the id and the name. */
export interface Column<T> {
  readonly key: string;
  readonly label: string;
  readonly sortValue: (item: T) => string | number | undefined;
  /** The direction a first click sorts in: scores and severities biggest first. */
  readonly firstDirection?: "asc" | "desc";
  readonly show: (item: T) => ReactNode;
  /** What the cell says, for the label of its edit button. */
  readonly text: (item: T) => string;
  /** Editable in place with this field, when the user may edit. */
  readonly edit?: FieldSpec;
  readonly numeric?: boolean;
}

/** The third select of the filter row: a risk's category, an issue's severity, a dependency's provider. */
export interface Facet<T> {
  readonly label: string;
  readonly get: (item: T) => string | undefined;
  /** Fixed choices in this order; else the values the items have. */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
}

export interface DetailSection {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

/** How one kind of RAID item is listed, filtered, sorted and edited. */
export interface KindView<T> {
  readonly columns: readonly Column<T>[];
  readonly facet: Facet<T> | undefined;
  /** Text the search box looks in, besides the id and name. */
  readonly searchable: (item: T) => readonly (string | undefined)[];
  readonly defaultSort: SortState;
  readonly sections: readonly DetailSection[];
  /** What to do when there is none yet. */
  readonly empty: string;
}

export type Exposure = RaidSummary["exposures"][number];

export interface ViewContext {
  readonly scales: RiskScales;
  readonly exposures: ReadonlyMap<string, Exposure>;
  readonly taskNames: ReadonlyMap<string, string>;
  /** `YYYY-MM-DD`: open issues' ages count to it. */
  readonly today: string;
}

/** The datalists free-text fields suggest from. */
export const OWNERS_LIST = "raid-owners";
export const CATEGORIES_LIST = "raid-categories";
export const PROVIDERS_LIST = "raid-providers";

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: titleCase(v) }));

const STATUS = (kind: RaidKind): FieldSpec => ({
  key: "status",
  label: "Status",
  type: "enum",
  options: choices(KINDS[kind].statuses),
});
const OWNER: FieldSpec = { key: "owner", label: "Owner", type: "text", suggestions: OWNERS_LIST };
const NAME: FieldSpec = { key: "name", label: "Name", type: "name" };
const DESCRIPTION: FieldSpec = { key: "description", label: "Description", type: "longText" };

function dateText(date: string | undefined): string {
  return date === undefined ? "" : formatDate(date);
}

function textColumn<T>(key: keyof T & string, label: string, edit?: FieldSpec): Column<T> {
  const get = (item: T) => item[key] as string | undefined;
  return {
    key,
    label,
    sortValue: get,
    text: (item) => get(item) ?? "",
    show: (item) => get(item) ?? "",
    ...(edit === undefined ? {} : { edit }),
  };
}

function enumColumn<T>(
  key: keyof T & string,
  label: string,
  edit: FieldSpec,
  order?: readonly string[],
): Column<T> {
  const get = (item: T) => item[key] as string | undefined;
  return {
    key,
    label,
    sortValue: (item) => {
      const v = get(item);
      return order === undefined || v === undefined ? v : order.indexOf(v);
    },
    ...(order === undefined ? {} : { firstDirection: "desc" as const }),
    text: (item) => titleCase(get(item) ?? ""),
    show: (item) => {
      const v = get(item);
      return v === undefined ? "" : <span className={`raid-tag raid-tag-${key}-${v}`}>{titleCase(v)}</span>;
    },
    edit,
  };
}

function dateColumn<T>(
  key: keyof T & string,
  label: string,
  edit: FieldSpec,
  flag?: (item: T) => ReactNode,
): Column<T> {
  const get = (item: T) => item[key] as string | undefined;
  return {
    key,
    label,
    sortValue: get,
    text: (item) => dateText(get(item)),
    show: (item) => (
      <>
        {dateText(get(item))}
        {flag?.(item)}
      </>
    ),
    edit,
  };
}

function tasksColumn<T extends { readonly tasks?: readonly string[] | undefined }>(
  ctx: ViewContext,
): Column<T> {
  const names = (item: T) => (item.tasks ?? []).map((id) => ctx.taskNames.get(id) ?? id);
  return {
    key: "tasks",
    label: "Tasks",
    numeric: true,
    sortValue: (item) => item.tasks?.length ?? 0,
    text: (item) => names(item).join(", "),
    show: (item) => {
      const n = item.tasks?.length ?? 0;
      return n === 0 ? (
        <span className="muted">–</span>
      ) : (
        <span title={names(item).join("\n")}>
          {n}
          <span className="visually-hidden"> linked: {names(item).join(", ")}</span>
        </span>
      );
    },
  };
}

function band(value: number, which: ExposureBand | undefined, label: string): ReactNode {
  return (
    <span className={`raid-band ${which === undefined ? "" : `band-${which}`}`} title={label}>
      {value}
    </span>
  );
}

export function riskView(ctx: ViewContext): KindView<RiskRecord> {
  const { scales } = ctx;
  const probability: FieldSpec = {
    key: "probability",
    label: "Probability",
    type: "level",
    options: levelOptions(scales.probability),
  };
  const impact: FieldSpec = {
    key: "impact",
    label: "Impact",
    type: "level",
    options: levelOptions(scales.impact),
  };
  const exposureOf = (r: RiskRecord) => ctx.exposures.get(r.id)?.exposure ?? r.probability * r.impact;
  const levelColumn = (spec: FieldSpec, scale: readonly { label: string }[]): Column<RiskRecord> => {
    const get = (r: RiskRecord) => r[spec.key as "probability" | "impact"];
    return {
      key: spec.key,
      label: spec.label,
      sortValue: get,
      firstDirection: "desc",
      text: (r) => levelName(scale, get(r)),
      show: (r) => {
        const [n, label] = levelName(scale, get(r)).split(" · ");
        return (
          <>
            <span className="raid-level-number">{n}</span> <span className="muted">{label}</span>
          </>
        );
      },
      edit: spec,
    };
  };
  return {
    columns: [
      textColumn("category", "Category", {
        key: "category",
        label: "Category",
        type: "text",
        suggestions: CATEGORIES_LIST,
      }),
      textColumn("owner", "Owner", OWNER),
      levelColumn(probability, scales.probability),
      levelColumn(impact, scales.impact),
      {
        key: "score",
        label: "Score",
        numeric: true,
        firstDirection: "desc",
        sortValue: exposureOf,
        text: (r) => {
          const e = ctx.exposures.get(r.id);
          return r.residual === undefined || e === undefined
            ? String(exposureOf(r))
            : `${e.exposure} before, ${e.residual} after response`;
        },
        show: (r) => {
          const e = ctx.exposures.get(r.id);
          const before = band(
            exposureOf(r),
            e?.band,
            `Exposure ${exposureOf(r)}${e === undefined ? "" : ` (${BAND_NAMES[e.band].toLowerCase()})`} before response`,
          );
          if (r.residual === undefined || e === undefined) return before;
          return (
            <span className="raid-score-pair">
              {before}
              <span aria-hidden="true">→</span>
              <span className="visually-hidden">after response</span>
              {band(
                e.residual,
                e.residualBand,
                `Exposure ${e.residual} (${BAND_NAMES[e.residualBand].toLowerCase()}) after response`,
              )}
            </span>
          );
        },
      },
      enumColumn("strategy", "Response", {
        key: "strategy",
        label: "Response",
        type: "optionalEnum",
        options: choices(RISK_STRATEGIES),
      }),
      {
        key: "actions",
        label: "Actions",
        sortValue: (r) => r.actions?.length,
        text: (r) => actionsProgress(r.actions),
        show: (r) => actionsProgress(r.actions) || <span className="muted">–</span>,
      },
      enumColumn("status", "Status", STATUS("risk")),
      dateColumn("review", "Review", { key: "review", label: "Review", type: "date" }),
    ],
    facet: { label: "Category", get: (r) => r.category },
    searchable: (r) => [r.description, r.cause, r.event, r.effect, r.category, r.owner, r.trigger],
    defaultSort: { column: "score", direction: "desc" },
    sections: [
      {
        title: "The risk",
        fields: [
          NAME,
          { key: "kind", label: "Kind", type: "enum", options: choices(RISK_KINDS) },
          { key: "category", label: "Category", type: "text", suggestions: CATEGORIES_LIST },
          DESCRIPTION,
          { key: "cause", label: "Cause", type: "longText" },
          { key: "event", label: "Event", type: "longText" },
          { key: "effect", label: "Effect", type: "longText" },
        ],
      },
      {
        title: "Assessment",
        fields: [
          probability,
          impact,
          { key: "chance", label: "Chance (%)", type: "chance" },
          { key: "delay", label: "Delay if it happens", type: "duration" },
          { key: "cost", label: "Cost if it happens", type: "cost" },
        ],
      },
      {
        title: "Response",
        fields: [
          { key: "strategy", label: "Strategy", type: "optionalEnum", options: choices(RISK_STRATEGIES) },
          { key: "trigger", label: "Trigger", type: "text" },
          {
            ...probability,
            key: "residual.probability",
            label: "Residual probability",
            type: "optionalLevel",
          },
          { ...impact, key: "residual.impact", label: "Residual impact", type: "optionalLevel" },
        ],
      },
      {
        title: "Tracking",
        fields: [OWNER, STATUS("risk"), { key: "review", label: "Review date", type: "date" }],
      },
    ],
    empty: "No risks yet. Add the first one above: a name, how likely it is and how much it would hurt.",
  };
}

export function assumptionView(ctx: ViewContext): KindView<AssumptionRecord> {
  const validateBy: FieldSpec = { key: "validateBy", label: "Validate by", type: "date" };
  return {
    columns: [
      textColumn("owner", "Owner", OWNER),
      dateColumn("validateBy", "Validate by", validateBy),
      enumColumn("status", "Status", STATUS("assumption")),
      tasksColumn(ctx),
    ],
    facet: undefined,
    searchable: (a) => [a.description, a.owner],
    defaultSort: { column: "validateBy", direction: "asc" },
    sections: [
      { title: "The assumption", fields: [NAME, DESCRIPTION] },
      { title: "Tracking", fields: [OWNER, validateBy, STATUS("assumption")] },
    ],
    empty: "No assumptions yet. Add what the plan takes as true, who checks it and by when.",
  };
}

export function issueView(ctx: ViewContext): KindView<IssueRecord> {
  const severity: FieldSpec = {
    key: "severity",
    label: "Severity",
    type: "enum",
    options: choices(ISSUE_SEVERITIES),
  };
  const escalation: FieldSpec = {
    key: "escalation",
    label: "Escalation",
    type: "enum",
    options: choices(ESCALATION_LEVELS),
  };
  const due: FieldSpec = { key: "due", label: "Due", type: "date" };
  return {
    columns: [
      enumColumn("severity", "Severity", severity, ISSUE_SEVERITIES),
      textColumn("owner", "Owner", OWNER),
      dateColumn("due", "Due", due),
      enumColumn("escalation", "Escalation", escalation, ESCALATION_LEVELS),
      enumColumn("status", "Status", STATUS("issue")),
      dateColumn("raised", "Raised", { key: "raised", label: "Raised", type: "date" }, (i) =>
        i.status !== "open" || i.raised === undefined ? null : (
          <span className="muted"> · {ageText(daysBetween(i.raised, ctx.today))}</span>
        ),
      ),
      tasksColumn(ctx),
    ],
    facet: { label: "Severity", get: (i) => i.severity, choices: choices(ISSUE_SEVERITIES) },
    searchable: (i) => [i.description, i.owner, i.resolution],
    defaultSort: { column: "severity", direction: "desc" },
    sections: [
      { title: "The issue", fields: [NAME, severity, DESCRIPTION] },
      {
        title: "Tracking",
        fields: [
          OWNER,
          due,
          escalation,
          STATUS("issue"),
          { key: "raised", label: "Raised", type: "date" },
          { key: "resolution", label: "Resolution", type: "longText" },
        ],
      },
    ],
    empty: "No issues. When something goes wrong, log it here with an owner and a due date.",
  };
}

export function dependencyView(ctx: ViewContext): KindView<DependencyRecord> {
  const needed: FieldSpec = { key: "needed", label: "Needed by", type: "requiredDate" };
  const expected: FieldSpec = { key: "expected", label: "Expected", type: "date" };
  const provider: FieldSpec = {
    key: "provider",
    label: "Provider",
    type: "name",
    suggestions: PROVIDERS_LIST,
  };
  return {
    columns: [
      textColumn("provider", "Provider", provider),
      textColumn("owner", "Owner", OWNER),
      dateColumn("needed", "Needed by", needed),
      dateColumn("expected", "Expected", expected, (d) => {
        const late = daysLate(d);
        return late === undefined ? null : (
          <span
            className="late-badge"
            title={`Expected ${late} day${late === 1 ? "" : "s"} after it is needed`}
          >
            Late {late}d
          </span>
        );
      }),
      dateColumn("delivered", "Delivered", { key: "delivered", label: "Delivered", type: "date" }),
      enumColumn("status", "Status", STATUS("dependency")),
      tasksColumn(ctx),
    ],
    facet: { label: "Provider", get: (d) => d.provider },
    searchable: (d) => [d.provider, d.owner],
    defaultSort: { column: "needed", direction: "asc" },
    sections: [
      { title: "The dependency", fields: [NAME, provider] },
      {
        title: "Dates",
        fields: [needed, expected, { key: "delivered", label: "Delivered", type: "date" }],
      },
      { title: "Tracking", fields: [OWNER, STATUS("dependency")] },
    ],
    empty: "No dependencies. Add what another team or a vendor must deliver, and when you need it.",
  };
}

export type Views = { readonly [K in RaidKind]: KindView<RecordOf[K]> };

export function kindViews(ctx: ViewContext): Views {
  return {
    risk: riskView(ctx),
    assumption: assumptionView(ctx),
    issue: issueView(ctx),
    dependency: dependencyView(ctx),
  };
}
