import { useEffect, useId } from "react";
import { Link, useLocation } from "react-router";
import { type ExerciseCheck, type ExerciseStatus, useExercises } from "./career-api.js";
import { ApiProblem, Loading, PageHead } from "./career-ui.js";
import { COMPETENCY_NAME } from "./EvidencePage.js";

const VIEW_NAME: Readonly<Record<string, string>> = {
  plan: "Plan",
  capacity: "Capacity",
  backlog: "Backlog and sprints",
  "agile-setup": "Agile setup",
  raid: "RAID log",
  dashboard: "Dashboard",
  changes: "Change requests",
  forecast: "Forecast",
  status: "Status reports",
};

/** A project has met at least one of the exercise's checks (an unavailable one counts as not started). */
function started(e: ExerciseStatus): boolean {
  return e.available && (e.best?.checks.some((c) => c.met) ?? false);
}

/** A view's path under the project, where it is not the view's own name; the plan is the project's page. */
const VIEW_PATH: Readonly<Record<string, string>> = {
  plan: "",
  backlog: "/agile/backlog",
  "agile-setup": "/agile/setup",
};

/**
 * Where "Open in Keel" goes: the exercise's view on the project closest to done once one has made a
 * start, else the portfolio, where a new project is created or the example plan imported.
 */
function openLink(e: ExerciseStatus): string {
  if (started(e) && e.best !== null) {
    const view = VIEW_PATH[e.opens.view] ?? `/${e.opens.view}`;
    return `/projects/${encodeURIComponent(e.best.projectId)}${view}`;
  }
  return "/";
}

/** What "Open in Keel" opens, in words. */
function openText(e: ExerciseStatus): string {
  const view = VIEW_NAME[e.opens.view] ?? e.opens.view;
  if (started(e) && e.best !== null) return `${view} of ${e.best.projectName}`;
  return e.opens.template === "new"
    ? `Your projects: create one, then open its ${view.toLowerCase()}`
    : `Your projects: import examples/${e.opens.template}, then open its ${view.toLowerCase()}`;
}

/** "have 28, need 10" or "have 4, at most 0". */
function checkFigures(c: ExerciseCheck): string {
  return `have ${c.have}, ${c.compare === "at-most" ? "at most" : "need"} ${c.need}`;
}

function statusOf(e: ExerciseStatus): { readonly word: string; readonly tone: string } {
  if (e.best?.done === true) return { word: "Done", tone: "done" };
  if (!e.available) return { word: "Not in Keel yet", tone: "unavailable" };
  if (started(e)) return { word: "In progress", tone: "progress" };
  return { word: "Not started", tone: "todo" };
}

/**
 * The nine practice exercises of the 10-skill path: what each trains, its steps, its completion
 * rule checked on the user's projects, and a link into the Keel view (and example plan) it starts from.
 */
export function ExercisesPage() {
  const id = useId();
  const exercises = useExercises();
  const { hash } = useLocation();

  useEffect(() => {
    if (exercises.data !== undefined && hash.startsWith("#exercise-"))
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [exercises.data, hash]);

  const done = exercises.data?.filter((e) => e.best?.done === true).length ?? 0;
  return (
    <section aria-labelledby={`${id}-title`} className="career-exercises">
      <PageHead id={`${id}-title`} title="Exercises">
        Practice on real plans: each exercise is done in Keel, checked on your projects, and proposes a win
        for your evidence when it is complete.
      </PageHead>
      {exercises.isPending ? (
        <Loading what="exercises" />
      ) : exercises.isError ? (
        <ApiProblem error={exercises.error} />
      ) : (
        <>
          <p className="muted">
            {done} of {exercises.data.length} done.
          </p>
          <ol className="career-cards career-exercise-list">
            {exercises.data.map((e) => {
              const status = statusOf(e);
              return (
                <li key={e.id} id={`exercise-${e.id}`} className="card career-exercise" tabIndex={-1}>
                  <div className="career-entry-head">
                    <h2 className="career-card-title">{e.title}</h2>
                    <span className={`career-status career-status-${status.tone}`}>{status.word}</span>
                  </div>
                  <p className="career-competencies">
                    <span className="visually-hidden">Trains: </span>
                    {e.competencies.map((c) => (
                      <span key={c} className="career-chip career-chip-competency">
                        {COMPETENCY_NAME.get(c) ?? c}
                      </span>
                    ))}
                  </p>
                  <details>
                    <summary>Steps</summary>
                    <ol>
                      {e.steps.map((s) => (
                        <li key={s}>{s}</li>
                      ))}
                    </ol>
                  </details>
                  <p>
                    <strong>Done when:</strong> {e.doneWhen}
                  </p>
                  {started(e) && e.best !== null && (
                    <div className="career-checks-progress">
                      <p className="muted">Closest: {e.best.projectName}</p>
                      <ul className="career-checklist career-checklist-compact">
                        {e.best.checks.map((c) => (
                          <li key={c.text} className={c.met ? "check-pass" : "check-fail"}>
                            <span className="check-mark" aria-hidden="true">
                              {c.met ? "✓" : "✗"}
                            </span>
                            <span>
                              <span className="visually-hidden">{c.met ? "Met: " : "Not met: "}</span>
                              {c.text} <span className="muted">({checkFigures(c)})</span>
                            </span>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {e.available ? (
                    <p className="toolbar career-card-actions">
                      <Link className="btn btn-small btn-primary" to={openLink(e)}>
                        Open in Keel
                      </Link>
                      <span className="muted">{openText(e)}</span>
                    </p>
                  ) : (
                    <p className="muted">{e.because}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
