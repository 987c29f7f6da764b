import { type ExerciseView, exerciseLink } from "@keel/engine";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { keys, useSession } from "../api/queries.js";
import {
  careerKeys,
  type ExerciseCheck,
  type ExerciseStatus,
  startExercise,
  useExercises,
} from "./career-api.js";
import { ApiProblem, Loading, PageHead } from "./career-ui.js";
import { starterText } from "./exercise-start.js";
import { COMPETENCY_NAME, SuggestionCard, useSuggestionFlow } from "./suggestion-flow.js";

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
  vision: "Vision",
};

/**
 * A practice project was started for the exercise, or a project has met one of its checks (an
 * unavailable exercise counts as not started).
 */
function started(e: ExerciseStatus): boolean {
  return e.available && e.best !== null && (e.best.practice || e.best.checks.some((c) => c.met));
}

const viewName = (e: ExerciseStatus) => VIEW_NAME[e.opens.view] ?? e.opens.view;

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
 * rule checked on the user's projects, and a way in: "Start this exercise" makes a practice project
 * from the exercise's starter and opens the view it is done in; once a project has made a start,
 * "Open in Keel" goes back to it.
 */
export function ExercisesPage() {
  const id = useId();
  const exercises = useExercises();
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { hash } = useLocation();
  // Starting makes a project: only where the user may create one.
  const workspaces = (session.data?.workspaces ?? []).filter(
    (w) => w.role === "owner" || w.role === "manager",
  );
  const [chosen, setChosen] = useState<string>();
  const workspaceId = workspaces.some((w) => w.id === chosen) ? chosen : workspaces[0]?.id;
  const [starting, setStarting] = useState<string>();
  const [startError, setStartError] = useState<{ id: string; error: unknown }>();
  const flow = useSuggestionFlow();

  async function start(e: ExerciseStatus) {
    if (workspaceId === undefined) return;
    setStarting(e.id);
    setStartError(undefined);
    try {
      const made = await startExercise(e.id, workspaceId);
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.projects }),
        client.invalidateQueries({ queryKey: careerKeys.exercises }),
      ]);
      navigate(made.link);
    } catch (error) {
      setStartError({ id: e.id, error });
      setStarting(undefined);
    }
  }

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
          <div className="toolbar career-filters">
            <p className="muted">
              {done} of {exercises.data.length} done.
            </p>
            <p role="status" className="muted career-notice">
              {flow.notice}
            </p>
            {workspaces.length > 1 && (
              <label className="career-inline-field">
                Practice projects go in
                <select value={workspaceId} onChange={(event) => setChosen(event.target.value)}>
                  {workspaces.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
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
                  {e.suggestions.length > 0 && (
                    <section aria-labelledby={`${id}-${e.id}-proposed`} className="career-exercise-proposed">
                      <h3 id={`${id}-${e.id}-proposed`} className="career-proposed-head">
                        Proposed for your evidence
                      </h3>
                      <p className="muted career-hint">
                        The numbers come from the project it is done on; the parts in brackets are yours to
                        tell. It enters your inventory only when you accept.
                      </p>
                      <ul className="career-cards">
                        {e.suggestions.map((s) => (
                          <SuggestionCard
                            key={s.key}
                            suggestion={s}
                            flow={flow}
                            level={4}
                            meta={
                              <>
                                Done on <Link to={s.link}>{s.projectName}</Link>
                              </>
                            }
                          />
                        ))}
                      </ul>
                    </section>
                  )}
                  {e.available ? (
                    <>
                      <div className="toolbar career-card-actions">
                        {started(e) && e.best !== null && (
                          <Link
                            className="btn btn-small btn-primary"
                            to={exerciseLink(e.best.projectId, e.opens.view as ExerciseView)}
                          >
                            Open in Keel
                          </Link>
                        )}
                        {e.starter !== null && workspaceId !== undefined && (
                          <button
                            type="button"
                            className={`btn btn-small${started(e) ? "" : " btn-primary"}`}
                            disabled={starting !== undefined}
                            onClick={() => start(e)}
                          >
                            {starting === e.id
                              ? "Starting…"
                              : started(e)
                                ? "New practice project"
                                : "Start this exercise"}
                          </button>
                        )}
                        <span className="muted">
                          {started(e) && e.best !== null
                            ? `${viewName(e)} of ${e.best.projectName}`
                            : e.starter === null
                              ? ""
                              : workspaceId === undefined
                                ? "Starting makes a project, which needs the manager or owner role in a workspace."
                                : starterText(e.starter, viewName(e))}
                        </span>
                      </div>
                      {startError?.id === e.id && <ApiProblem error={startError.error} />}
                    </>
                  ) : (
                    <p className="muted">{e.because}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {flow.overlays}
    </section>
  );
}
