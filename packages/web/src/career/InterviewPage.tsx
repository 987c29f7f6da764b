import type { CoverageStatus, PracticeQuestion } from "@keel/engine";
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { type InterviewAnswer, useInterview, usePracticeQuestion } from "./career-api.js";
import { ApiProblem, CopyButton, Loading, PageHead, PlaceholderText } from "./career-ui.js";
import {
  ANSWER_SECONDS,
  addPractice,
  clock,
  type PracticeEntry,
  readPractice,
  writePractice,
} from "./practice-log.js";

const STATUS_MARK: Readonly<Record<CoverageStatus, string>> = { covered: "●", weak: "◐", missing: "○" };
const STATUS_WORD: Readonly<Record<CoverageStatus, string>> = {
  covered: "covered",
  weak: "weak",
  missing: "missing",
};

/**
 * Interview preparation from the user's evidence: STAR stories drafted from each entry, the
 * coverage of the usual behavioural themes by those stories, and a practice mode with a question
 * from a theme no story answers yet, a timer, and a self-rating and notes kept in this browser.
 */
export function InterviewPage() {
  const id = useId();
  const interview = useInterview();
  return (
    <section aria-labelledby={`${id}-title`} className="career-interview">
      <PageHead id={`${id}-title`} title="Interview prep">
        Your evidence as STAR stories, which interview themes they answer, and practice on the themes they do
        not.
      </PageHead>
      <Practice />
      {interview.isPending ? (
        <Loading what="your stories" />
      ) : interview.isError ? (
        <ApiProblem error={interview.error} />
      ) : interview.data.stories.length === 0 ? (
        <div className="career-empty">
          <p>
            <strong>No stories yet.</strong> Each evidence entry becomes a STAR story: record a few wins (8 to
            12 is the norm), tagged with the competencies they show.
          </p>
          <Link className="btn btn-primary" to="/career/evidence">
            Go to evidence
          </Link>
        </div>
      ) : (
        <>
          <CoverageMatrix answer={interview.data} />
          <StoryBank answer={interview.data} />
        </>
      )}
    </section>
  );
}

function CoverageMatrix({ answer }: { answer: InterviewAnswer }) {
  const id = useId();
  const { coverage, stories } = answer;
  const title = new Map(stories.map((s) => [s.evidenceId, s.title]));
  return (
    <section className="card career-coverage" aria-labelledby={`${id}-coverage`}>
      <h2 id={`${id}-coverage`} className="career-card-title">
        Coverage
      </h2>
      <p>
        <strong>{coverage.counts.covered}</strong> themes covered · <strong>{coverage.counts.weak}</strong>{" "}
        weak · <strong>{coverage.counts.missing}</strong> missing{" "}
        <span className="muted">
          ({STATUS_MARK.covered} covered, {STATUS_MARK.weak} weak, {STATUS_MARK.missing} missing)
        </span>
      </p>
      {coverage.advice.map((a) => (
        <p key={a} className="muted career-hint">
          {a}
        </p>
      ))}
      <div className="career-matrix-scroll">
        <table className="table career-matrix">
          <thead>
            <tr>
              <th scope="col">Theme</th>
              {coverage.stories.map((s, i) => (
                <th key={s} scope="col" className="career-matrix-story" title={title.get(s) ?? s}>
                  <span aria-hidden="true">{i + 1}</span>
                  <span className="visually-hidden">{title.get(s) ?? s}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.themes.map((t) => (
              <tr key={t.theme}>
                <th scope="row">
                  <span className={`coverage coverage-${t.status}`}>
                    <span className="coverage-mark" aria-hidden="true">
                      {STATUS_MARK[t.status]}
                    </span>{" "}
                    {t.name}
                  </span>
                  <span className="visually-hidden">: {STATUS_WORD[t.status]}</span>
                </th>
                {t.cells.map((c) => (
                  <td key={c.evidenceId} className={`coverage-cell coverage-${c.status}`} title={c.why}>
                    <span aria-hidden="true">{STATUS_MARK[c.status]}</span>
                    <span className="visually-hidden">
                      {STATUS_WORD[c.status]}: {c.why}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="muted career-matrix-key">
        {coverage.stories.map((s) => (
          <li key={s}>{title.get(s) ?? s}</li>
        ))}
      </ol>
    </section>
  );
}

function StoryBank({ answer }: { answer: InterviewAnswer }) {
  const id = useId();
  return (
    <section className="career-section" aria-labelledby={`${id}-bank`}>
      <h2 id={`${id}-bank`}>Story bank</h2>
      <p className="muted career-hint">
        Drafted from each entry's own words; <mark className="placeholder">[placeholders]</mark> mark what the
        entry does not say yet. Spend most of the answer on the Action, and say "I" for your part.
      </p>
      <ol className="career-cards career-stories">
        {answer.stories.map((s) => {
          const tokens = s.placeholders.map((p) => p.token);
          return (
            <li key={s.evidenceId} className="card career-story-card">
              <h3>{s.title}</h3>
              <dl className="career-star">
                {(
                  [
                    ["Situation", s.situation],
                    ["Task", s.task],
                    ["Action", s.action],
                    ["Result", s.result],
                  ] as const
                ).map(([label, text]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>
                      <PlaceholderText text={text} tokens={tokens} />
                    </dd>
                  </div>
                ))}
              </dl>
              {s.notes.map((n) => (
                <p key={n} className="career-note">
                  {n}
                </p>
              ))}
              <CopyButton text={s.text} label="Copy story" />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Practice() {
  const id = useId();
  const [seed, setSeed] = useState<number>();
  const question = usePracticeQuestion(seed);
  // When the timer (as if never paused) started; undefined while it is stopped.
  const [started, setStarted] = useState<number>();
  const [seconds, setSeconds] = useState(0);
  const running = started !== undefined;
  const [rating, setRating] = useState(0);
  const [notes, setNotes] = useState("");
  const [log, setLog] = useState<PracticeEntry[]>(() => readPractice(localStorage));
  const [saved, setSaved] = useState("");

  useEffect(() => {
    if (started === undefined) return;
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [started]);

  const next = () => {
    setSeed(Math.floor(Math.random() * 2 ** 31));
    setStarted(undefined);
    setSeconds(0);
    setRating(0);
    setNotes("");
    setSaved("");
  };
  const save = (q: PracticeQuestion) => {
    const entries = addPractice(log, {
      at: new Date().toISOString(),
      theme: q.theme,
      themeName: q.name,
      question: q.question,
      seconds,
      rating,
      notes: notes.trim(),
    });
    writePractice(localStorage, entries);
    setLog(entries);
    setStarted(undefined);
    setSaved("Saved in this browser.");
  };

  const q = question.data;
  return (
    <section className="card career-practice" aria-labelledby={`${id}-practice`}>
      <h2 id={`${id}-practice`} className="career-card-title">
        Practice
      </h2>
      {seed === undefined ? (
        <>
          <p className="muted">
            A question from a theme none of your stories answers yet, a two-minute timer, and a self-rating.
            Your ratings and notes stay in this browser.
          </p>
          <button type="button" className="btn btn-primary" onClick={next}>
            Start practising
          </button>
        </>
      ) : question.isPending ? (
        <Loading what="a question" />
      ) : question.isError ? (
        <ApiProblem error={question.error} />
      ) : (
        q !== undefined && (
          <div className="career-practice-body">
            <p className="muted career-meta">
              {q.name} · {q.why}
            </p>
            <p className="career-question">{q.question}</p>
            <div className="toolbar career-timer">
              <span
                className={`career-clock ${seconds > ANSWER_SECONDS ? "career-clock-over" : ""}`}
                role="timer"
                aria-live="off"
                aria-label={`Time ${clock(seconds)}`}
              >
                {clock(seconds)}
              </span>
              <span className="muted">of about {clock(ANSWER_SECONDS)}</span>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setStarted(running ? undefined : Date.now() - seconds * 1000)}
              >
                {running ? "Pause" : seconds === 0 ? "Start timer" : "Resume"}
              </button>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  setStarted(undefined);
                  setSeconds(0);
                }}
              >
                Reset
              </button>
            </div>
            <fieldset className="career-rating">
              <legend>How did it go?</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="career-check">
                  <input
                    type="radio"
                    name={`${id}-rating`}
                    checked={rating === n}
                    onChange={() => setRating(n)}
                  />
                  {n}
                  {n === 1 ? " rough" : n === 5 ? " ready" : ""}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-notes`}>Notes</label>
              <textarea
                id={`${id}-notes`}
                rows={2}
                value={notes}
                placeholder="Which story would answer it? What to say next time?"
                onChange={(e) => setNotes(e.target.value)}
              />
            </div>
            <div className="toolbar">
              <button
                type="button"
                className="btn btn-primary"
                disabled={rating === 0}
                onClick={() => save(q)}
              >
                Save attempt
              </button>
              <button type="button" className="btn" onClick={next}>
                Next question
              </button>
              <span role="status" className="muted">
                {rating === 0 && saved === "" ? "Rate the attempt to save it." : saved}
              </span>
            </div>
          </div>
        )
      )}
      {log.length > 0 && (
        <details className="career-practice-log">
          <summary>Past attempts in this browser ({log.length})</summary>
          <ul>
            {log.map((e) => (
              <li key={e.at}>
                <span className="muted">{new Date(e.at).toLocaleDateString()}</span> {e.themeName}: {e.rating}
                /5 in {clock(e.seconds)}
                {e.notes !== "" && <span className="muted"> — {e.notes}</span>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              writePractice(localStorage, []);
              setLog([]);
            }}
          >
            Clear attempts
          </button>
        </details>
      )}
    </section>
  );
}
