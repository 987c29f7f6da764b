import {
  AREA_TITLES,
  changeImpactText,
  DEFAULT_THRESHOLDS,
  dateLine,
  footer,
  keyFigures,
  MILESTONE_RAG,
  MILESTONE_STATES,
  ownersText,
  ownerText,
  RAG_RULES,
  ragLabel,
  reportDay,
  reviewText,
  riskScoreText,
  STATUS_AREAS,
  type StatusReport,
  sentence,
} from "@keel/engine";
import type { LocalDate } from "@keel/model";
import { type ReactNode, useId, useState } from "react";
import { RagPill } from "./RagPill.js";
import {
  addItem,
  fieldsOf,
  fieldText,
  type Item,
  isBlank,
  itemsOf,
  type ListSection,
  type Problem,
  removeItem,
  SECTIONS,
  updateItem,
  withField,
} from "./report-edit.js";

export interface ReportEdit {
  readonly change: (report: StatusReport) => void;
  /** What is missing, shown at the item or field it belongs to. */
  readonly problems: readonly Problem[];
}

interface ReportDocumentProps {
  readonly report: StatusReport;
  /** Undefined: read only (a sent report, or a reader without edit rights). */
  readonly edit?: ReportEdit | undefined;
}

const RULE_WHEN = new Map(RAG_RULES.map((r) => [r.id, r.when(DEFAULT_THRESHOLDS)]));

/** Risk bands take the RAG colours, labelled with the band so they are not read as a status. */
const BAND_RAG = { high: "rag-red", medium: "rag-amber", low: "rag-green" } as const;

/** How each editable section reads in the document: a list, or a table like the exports'. */
type Layout =
  | { readonly list: (r: StatusReport, item: Item) => ReactNode }
  | { readonly headers: readonly string[]; readonly cells: (r: StatusReport, item: Item) => ReactNode[] };

const str = (v: unknown) => (typeof v === "string" ? v : "");
/** A sentence as the exports end it; nothing while it is still empty. */
const said = (v: unknown) => (str(v).trim() === "" ? "" : sentence(str(v)));
const day = (r: StatusReport, v: unknown) => (typeof v === "string" && v !== "" ? reportDay(r, v) : "");

const LAYOUTS: Readonly<Record<ListSection, Layout>> = {
  asks: {
    list: (r, a) =>
      a.kind === "escalation" ? (
        <>
          <strong>{str(a.from) || "Sponsor"}:</strong> help with “{str(a.what)}”
          {a.by === null ? "" : ` by ${day(r, a.by)}`}. {said(a.why)}
        </>
      ) : (
        <>
          <strong>Decision needed:</strong> the change request “{str(a.what)}”. {said(a.why)}
        </>
      ),
  },
  done: {
    list: (r, d) => (
      <>
        {str(d.name)}{" "}
        <span className="report-dates">
          {day(r, d.finished)} · {ownersText((d.owners as readonly string[]) ?? [])}
        </span>
      </>
    ),
  },
  blocked: {
    headers: ["What", "Owner", "Since", "Why"],
    cells: (r, b) => [
      str(b.what),
      ownerText((b.owner as string | null) ?? null),
      day(r, b.since),
      said(b.why),
    ],
  },
  changed: {
    headers: ["Approved change", "Decided", "Impact", "Why"],
    cells: (r, c) => [
      str(c.name),
      `${day(r, c.decidedOn)}, ${str(c.by)}`,
      changeImpactText(Number(c.finishDays ?? 0), Number(c.costDelta ?? 0)),
      said(c.reason),
    ],
  },
  topRisks: {
    headers: ["Risk", "Likelihood and impact", "Owner", "Response", "Review"],
    cells: (r, k) => {
      const risk = k as unknown as StatusReport["topRisks"][number];
      return [
        risk.name,
        <span key="score">
          <span className={`rag-pill rag-pill-sm ${BAND_RAG[risk.band]}`}>{risk.band.toUpperCase()}</span>{" "}
          {riskScoreText(risk)}
        </span>,
        ownerText(risk.owner),
        risk.response,
        risk.reviewOverdue ? (
          <span key="review" className="report-overdue">
            {reviewText(r, risk)}
          </span>
        ) : (
          reviewText(r, risk)
        ),
      ];
    },
  },
  next: {
    headers: ["When", "Action", "Owner"],
    cells: (r, n) => [
      n.overdue === true ? (
        <span key="when" className="report-overdue">
          {day(r, n.date)} (overdue)
        </span>
      ) : (
        day(r, n.date)
      ),
      str(n.action),
      ownerText((n.owner as string | null) ?? null),
    ],
  },
};

/**
 * A status report laid out as the document leadership receives (the HTML and PDF export): RAG pills
 * that say their level, the reasons with the rule that set them, the areas, the summary and every
 * section. Editing, the summary, each list's items and the next update date are changed in place;
 * the ratings and figures are computed from the data and stay as generated.
 */
export function ReportDocument({ report: r, edit }: ReportDocumentProps) {
  const id = useId();
  const [editing, setEditing] = useState<{ section: ListSection; index: number }>();
  const problem = (field: string) => edit?.problems.find((p) => p.section === undefined && p.field === field);

  const section = (key: ListSection) => (
    <EditableSection
      key={key}
      report={r}
      section={key}
      edit={edit}
      editing={editing?.section === key ? editing.index : undefined}
      setEditing={(index) => setEditing(index === undefined ? undefined : { section: key, index })}
    />
  );

  return (
    <article className="report-doc" aria-labelledby={`${id}-title`}>
      <header className="report-head">
        <div>
          <p className="report-eyebrow">Status report</p>
          <h2 id={`${id}-title`}>{r.project}</h2>
          <p className="report-dates">{dateLine(r)}</p>
        </div>
        <div className="report-overall">
          <RagPill rag={r.overall.rag} size="lg" />
          <span className="report-overall-label">Overall</span>
        </div>
      </header>
      {r.overall.reasons.length > 0 && (
        <section className={`report-why why-${r.overall.rag.toLowerCase()}`} aria-labelledby={`${id}-why`}>
          <h3 id={`${id}-why`}>Why {ragLabel(r.overall.rag)}</h3>
          <ul>
            {r.overall.reasons.map((reason) => (
              <li key={`${reason.rule}:${reason.text}`}>
                {reason.text}
                <span className="report-rule">
                  Rule <code>{reason.rule}</code>
                  {RULE_WHEN.has(reason.rule) && `: ${reason.rag} when ${RULE_WHEN.get(reason.rule)}`}
                </span>
              </li>
            ))}
          </ul>
          {edit !== undefined && (
            <p className="report-note">
              Ratings are worked out from the data by fixed rules. To change them, change the plan, RAID log
              or change requests and generate a new report.
            </p>
          )}
        </section>
      )}
      <section className="report-summary">
        {edit === undefined ? (
          <>
            <h3>Summary</h3>
            <p>{r.summary}</p>
          </>
        ) : (
          <>
            <h3>
              <label htmlFor={`${id}-summary`}>Summary</label>
            </h3>
            <textarea
              id={`${id}-summary`}
              className="report-summary-input"
              rows={4}
              value={r.summary}
              aria-invalid={problem("summary") !== undefined}
              aria-describedby={problem("summary") === undefined ? undefined : `${id}-summary-error`}
              onChange={(e) => edit.change({ ...r, summary: e.target.value })}
            />
            {problem("summary") !== undefined && (
              <p id={`${id}-summary-error`} className="field-error">
                {problem("summary")?.message}
              </p>
            )}
          </>
        )}
      </section>
      {section("asks")}
      <section>
        <h3>By area</h3>
        <table className="report-areas">
          <tbody>
            {STATUS_AREAS.map((a) => {
              const area = r.areas[a];
              return (
                <tr key={a}>
                  <th scope="row">{AREA_TITLES[a]}</th>
                  <td className="report-area-rag">
                    <RagPill rag={area.rag} />
                  </td>
                  <td>
                    <ul>
                      {area.reasons.map((x) => (
                        <li key={`${x.rule}:${x.text}`}>
                          <RagPill rag={x.rag} size="sm" /> {x.text}
                        </li>
                      ))}
                      {area.notes.map((n) => (
                        <li key={n} className="report-area-note">
                          {n}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {r.milestones.length > 0 && (
        <section>
          <h3>Key dates</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Baseline</th>
                <th scope="col">Expected</th>
                <th scope="col">Deadline</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {r.milestones.map((m) => (
                <tr key={m.id}>
                  <td>{m.name}</td>
                  <td className="nowrap">{m.baseline === null ? "" : reportDay(r, m.baseline)}</td>
                  <td className="nowrap">
                    {m.state === "done" ? `done ${reportDay(r, m.forecast)}` : reportDay(r, m.forecast)}
                  </td>
                  <td className="nowrap">{m.deadline === null ? "" : reportDay(r, m.deadline)}</td>
                  <td className="nowrap">
                    <RagPill rag={MILESTONE_RAG[m.state]} size="sm" /> {MILESTONE_STATES[m.state]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h3>Key figures</h3>
        <dl className="report-figures">
          {keyFigures(r).map((f) => (
            <div key={f.label} className="report-figure">
              <dt>{f.label}</dt>
              <dd className="report-figure-value">{f.value}</dd>
              <dd className="report-figure-note">{f.note}</dd>
            </div>
          ))}
        </dl>
      </section>
      {section("done")}
      {r.inProgress.length > 0 && (
        <section>
          <h3>In progress</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Done</th>
                <th scope="col">Planned by now</th>
                <th scope="col">Expected finish</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {r.inProgress.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td className="nowrap">{Math.round(p.percentComplete)} %</td>
                  <td className="nowrap">{p.plannedPercent === null ? "" : `${p.plannedPercent} %`}</td>
                  <td className="nowrap">{reportDay(r, p.finish)}</td>
                  <td>{ownersText(p.owners)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {section("blocked")}
      {section("changed")}
      {section("topRisks")}
      {section("next")}
      {edit === undefined ? (
        <p className="report-next-update">Next update: {reportDay(r, r.nextUpdate)}</p>
      ) : (
        <div className="report-next-update">
          <label htmlFor={`${id}-next-update`}>Next update:</label>{" "}
          <input
            id={`${id}-next-update`}
            type="date"
            value={r.nextUpdate}
            min={r.asOf}
            aria-invalid={problem("nextUpdate") !== undefined}
            onChange={(e) => edit.change({ ...r, nextUpdate: e.target.value as LocalDate })}
          />
          {problem("nextUpdate") !== undefined && (
            <span className="field-error"> {problem("nextUpdate")?.message}</span>
          )}
        </div>
      )}
      <footer className="report-footer">{footer(r)}</footer>
    </article>
  );
}

interface EditableSectionProps {
  readonly report: StatusReport;
  readonly section: ListSection;
  readonly edit: ReportEdit | undefined;
  /** The item open for editing, if in this section. */
  readonly editing: number | undefined;
  readonly setEditing: (index: number | undefined) => void;
}

/** One list section: read as in the exports; when editing, each item can be changed or removed, and items added. */
function EditableSection({ report: r, section, edit, editing, setEditing }: EditableSectionProps) {
  const id = useId();
  const spec = SECTIONS[section];
  const layout = LAYOUTS[section];
  const list = itemsOf(r, section);
  const label = (item: Item) => String(item[spec.main] ?? "") || `new ${spec.noun.replace(/^an? /, "")}`;
  const itemProblems = (index: number) =>
    edit?.problems.filter((p) => p.section === section && p.index === index) ?? [];

  /** Focus back where the user was: the item's Edit button, else (the item gone) the section's Add or title. */
  const refocus = (index: number | undefined) =>
    requestAnimationFrame(() =>
      (
        (index === undefined ? null : document.getElementById(`${id}-edit-${index}`)) ??
        document.getElementById(`${id}-add`) ??
        document.getElementById(`${id}-title`)
      )?.focus(),
    );

  /** Closing an item nobody named drops it: "Add" then "Done" leaves no empty line behind. */
  const close = (index: number) => {
    const item = list[index];
    const blank = edit !== undefined && item !== undefined && isBlank(section, item);
    if (blank) edit.change(removeItem(r, section, index));
    setEditing(undefined);
    refocus(blank ? undefined : index);
  };

  const actions = (item: Item, index: number) =>
    edit === undefined ? null : (
      <span className="report-item-actions">
        <button
          id={`${id}-edit-${index}`}
          type="button"
          className="btn btn-small"
          aria-label={`Edit “${label(item)}”`}
          onClick={() => setEditing(index)}
        >
          Edit
        </button>
        <button
          type="button"
          className="btn btn-small"
          aria-label={`Remove “${label(item)}”`}
          onClick={() => {
            setEditing(undefined);
            edit.change(removeItem(r, section, index));
            refocus(undefined);
          }}
        >
          Remove
        </button>
      </span>
    );

  const form = (item: Item, index: number) =>
    edit === undefined ? null : (
      <ItemForm
        section={section}
        item={item}
        problems={itemProblems(index)}
        change={(next) => edit.change(updateItem(r, section, index, next))}
        done={() => close(index)}
      />
    );

  const problemsOf = (index: number) =>
    editing === index
      ? null
      : itemProblems(index).map((p) => (
          <span key={p.field} className="field-error report-item-problem">
            {p.message}
          </span>
        ));

  let body: ReactNode;
  if (list.length === 0) body = <p className="report-empty">{spec.empty}</p>;
  else if ("list" in layout) {
    body = (
      <ul className="report-list">
        {list.map((item, index) => (
          // Items have no stable id of their own while being typed in; the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index} className={editing === index ? "is-editing" : undefined}>
            {editing === index ? (
              form(item, index)
            ) : (
              <>
                <span className="report-item-text">{layout.list(r, item)}</span>
                {actions(item, index)}
                {problemsOf(index)}
              </>
            )}
          </li>
        ))}
      </ul>
    );
  } else {
    const columns = layout.headers.length + (edit === undefined ? 0 : 1);
    body = (
      <table className="report-table">
        <thead>
          <tr>
            {layout.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {edit !== undefined && (
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {list.map((item, index) =>
            editing === index ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are identified by position while edited
              <tr key={index} className="is-editing">
                <td colSpan={columns}>{form(item, index)}</td>
              </tr>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are identified by position while edited
              <tr key={index}>
                {layout.cells(r, item).map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                  <td key={c}>
                    {cell}
                    {c === 0 && problemsOf(index)}
                  </td>
                ))}
                {edit !== undefined && <td className="report-row-actions">{actions(item, index)}</td>}
              </tr>
            ),
          )}
        </tbody>
      </table>
    );
  }

  const added = edit === undefined ? undefined : spec.blank;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} tabIndex={-1}>
        {spec.title}
      </h3>
      {body}
      {edit !== undefined &&
        (added !== undefined ? (
          <button
            id={`${id}-add`}
            type="button"
            className="btn btn-small report-add"
            disabled={editing !== undefined}
            onClick={() => {
              const next = addItem(r, section);
              if (next === undefined) return;
              edit.change(next.report);
              setEditing(next.index);
            }}
          >
            Add {spec.noun}
          </button>
        ) : (
          spec.addElsewhere !== undefined && <p className="report-note">{spec.addElsewhere}</p>
        ))}
    </section>
  );
}

interface ItemFormProps {
  readonly section: ListSection;
  readonly item: Item;
  readonly problems: readonly Problem[];
  readonly change: (item: Item) => void;
  readonly done: () => void;
}

/** The fields of one item, typed in place; Done (or Escape) puts it back as text. */
function ItemForm({ section, item, problems, change, done }: ItemFormProps) {
  const id = useId();
  const fields = fieldsOf(section, item);
  return (
    <fieldset
      className="report-item-form"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          done();
        }
      }}
    >
      <legend className="visually-hidden">Edit {SECTIONS[section].noun.replace(/^an? /, "")}</legend>
      {fields.map((field, k) => {
        const inputId = `${id}-${field.key}`;
        const problem = problems.find((p) => p.field === field.key);
        const common = {
          id: inputId,
          value: fieldText(item, field),
          required: field.required,
          "aria-invalid": problem !== undefined,
          "aria-describedby": problem === undefined ? undefined : `${inputId}-error`,
          // The first field takes the focus when the form opens.
          autoFocus: k === 0,
        };
        return (
          <div key={field.key} className={`report-field report-field-${field.kind}`}>
            <label htmlFor={inputId}>{field.label}</label>
            {field.kind === "long" ? (
              <textarea
                rows={2}
                {...common}
                onChange={(e) => change(withField(item, field, e.target.value))}
              />
            ) : (
              <input
                type={field.kind === "date" ? "date" : "text"}
                {...common}
                placeholder={field.kind === "people" ? "names, separated by commas" : undefined}
                onChange={(e) => change(withField(item, field, e.target.value))}
              />
            )}
            {problem !== undefined && (
              <span id={`${inputId}-error`} className="field-error">
                {problem.message}
              </span>
            )}
          </div>
        );
      })}
      <button type="button" className="btn btn-small report-item-done" onClick={done}>
        Done
      </button>
    </fieldset>
  );
}
