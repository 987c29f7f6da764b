import type { BulletCheckId, ProfileDraft } from "@keel/engine";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { type BulletAnswer, useDrafts, useEvidence } from "./career-api.js";
import { ApiProblem, CopyButton, Loading, PageHead, PlaceholderText, ScoreMeter } from "./career-ui.js";

export const CHECK_NAME: Readonly<Record<BulletCheckId, string>> = {
  "strong-verb": "Starts with a strong verb",
  scope: "Shows scope",
  "measurable-result": "Shows a measurable result",
  "pm-keywords": "Uses project-management words",
  "no-jargon": "Explains its jargon",
  length: "One line long",
  "no-first-person": "No first person",
  "active-voice": "Active voice",
};

/**
 * The resume coach: a bullet checked against an explained checklist with its score, a rewrite
 * built from one of the user's own entries with `[placeholders]` for every missing fact (shown,
 * never applied), and headline and About drafts.
 */
export function ResumePage() {
  const id = useId();
  const evidence = useEvidence();
  const [text, setText] = useState("");
  const [evidenceId, setEvidenceId] = useState("");
  const check = useMutation({
    mutationFn: (body: { text: string; evidenceId?: string }) =>
      api<BulletAnswer>("POST", "/api/career/bullet", body),
  });
  const [empty, setEmpty] = useState(false);

  const run = () => {
    if (text.trim() === "") {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    check.mutate({ text, ...(evidenceId === "" ? {} : { evidenceId }) });
  };

  const answer = check.data;
  return (
    <section aria-labelledby={`${id}-title`} className="career-resume">
      <PageHead id={`${id}-title`} title="Resume coach">
        Paste one bullet of your resume: it is checked line by line, and a rewrite is suggested from your own
        evidence. Nothing is changed for you, and nothing you paste is stored.
      </PageHead>
      <form
        className="card career-bullet-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-bullet`}>Resume bullet</label>
          <textarea
            id={`${id}-bullet`}
            rows={3}
            value={text}
            placeholder="Responsible for the deployment pipeline and worked on migrations."
            aria-invalid={empty}
            aria-describedby={empty ? `${id}-bullet-error` : `${id}-bullet-hint`}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run();
            }}
          />
          {empty ? (
            <span id={`${id}-bullet-error`} className="field-error">
              Paste or write a bullet first.
            </span>
          ) : (
            <span id={`${id}-bullet-hint`} className="muted career-hint">
              Ctrl+Enter checks it.
            </span>
          )}
        </div>
        <div className="toolbar career-bullet-actions">
          <label htmlFor={`${id}-from`}>Build the rewrite from</label>
          <select id={`${id}-from`} value={evidenceId} onChange={(e) => setEvidenceId(e.target.value)}>
            <option value="">the bullet alone</option>
            {(evidence.data ?? []).map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-primary" disabled={check.isPending}>
            {check.isPending ? "Checking…" : "Check bullet"}
          </button>
        </div>
        {evidence.data?.length === 0 && (
          <p className="muted career-hint">
            A rewrite can draw your numbers from an evidence entry:{" "}
            <Link to="/career/evidence">record one</Link>.
          </p>
        )}
      </form>
      {check.isError && <ApiProblem error={check.error} />}
      {answer !== undefined && (
        <div className="career-bullet-result">
          <section className="card" aria-labelledby={`${id}-checks`}>
            <h2 id={`${id}-checks`} className="career-card-title">
              Checklist
            </h2>
            <ScoreMeter score={answer.analysis.score} label="Bullet score" />
            <ul className="career-checklist">
              {answer.analysis.checks.map((c) => (
                <li key={c.id} className={c.passed ? "check-pass" : "check-fail"} data-check={c.id}>
                  <span className="check-mark" aria-hidden="true">
                    {c.passed ? "✓" : "✗"}
                  </span>
                  <div>
                    <p className="check-name">
                      <span className="visually-hidden">{c.passed ? "Passed: " : "Failed: "}</span>
                      {CHECK_NAME[c.id]}{" "}
                      <span className="muted check-points">
                        {c.passed ? `+${c.weight}` : `0 of ${c.weight}`}
                      </span>
                    </p>
                    <p className="check-detail">{c.detail}</p>
                    {c.hint !== undefined && <p className="check-hint">{c.hint}</p>}
                  </div>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby={`${id}-rewrite`}>
            <h2 id={`${id}-rewrite`} className="career-card-title">
              Suggested rewrite
            </h2>
            <p className="muted career-hint">
              A suggestion, never applied: fill each <mark className="placeholder">[placeholder]</mark> with
              your own fact, or leave the part out.
            </p>
            <p className="career-rewrite">
              <PlaceholderText
                text={answer.rewrite.text}
                tokens={answer.rewrite.placeholders.map((p) => p.token)}
              />
            </p>
            <CopyButton text={answer.rewrite.text} label="Copy rewrite" />
            {answer.rewrite.placeholders.length > 0 && (
              <dl className="career-placeholders">
                {answer.rewrite.placeholders.map((p) => (
                  <div key={p.token}>
                    <dt>
                      <mark className="placeholder">{p.token}</mark>
                    </dt>
                    <dd>{p.fill}</dd>
                  </div>
                ))}
              </dl>
            )}
            {answer.rewrite.fixes.length > 0 && (
              <p>
                <strong>Fixes:</strong> {answer.rewrite.fixes.map((f) => CHECK_NAME[f]).join(", ")}.
              </p>
            )}
            {answer.rewrite.stillFailing.length > 0 && (
              <p>
                <strong>Still to do:</strong>{" "}
                {answer.rewrite.stillFailing.map((f) => CHECK_NAME[f]).join(", ")}.
              </p>
            )}
            {answer.rewrite.used.length > 0 && (
              <p className="muted">Drawn from your entry's {answer.rewrite.used.join(", ")}.</p>
            )}
            {answer.rewrite.notes.map((n) => (
              <p key={n} className="muted">
                {n}
              </p>
            ))}
          </section>
        </div>
      )}
      <Drafts />
    </section>
  );
}

function Drafts() {
  const id = useId();
  const drafts = useDrafts();
  return (
    <section className="career-section" aria-labelledby={`${id}-drafts`}>
      <h2 id={`${id}-drafts`}>Headline and About drafts</h2>
      <p className="muted career-hint">
        For LinkedIn or a resume summary, from your profile and your strongest evidence. Drafts to edit, never
        published for you.
      </p>
      {drafts.isPending ? (
        <Loading what="drafts" />
      ) : drafts.isError ? (
        <ApiProblem error={drafts.error} />
      ) : (
        <div className="career-drafts">
          <Draft title="Headline" draft={drafts.data.headline} />
          <Draft title="About" draft={drafts.data.about} />
        </div>
      )}
    </section>
  );
}

function Draft({ title, draft }: { title: string; draft: ProfileDraft }) {
  const over = draft.chars > draft.limit;
  return (
    <article className="card career-draft">
      <div className="career-draft-head">
        <h3>{title}</h3>
        <span className={over ? "form-error" : "muted"}>
          {draft.chars} / {draft.limit} characters
        </span>
      </div>
      <p className="career-draft-text">
        <PlaceholderText text={draft.text} tokens={draft.placeholders.map((p) => p.token)} />
      </p>
      <CopyButton text={draft.text} label={`Copy ${title.toLowerCase()}`} />
      {draft.placeholders.length > 0 && (
        <dl className="career-placeholders">
          {draft.placeholders.map((p) => (
            <div key={p.token}>
              <dt>
                <mark className="placeholder">{p.token}</mark>
              </dt>
              <dd>{p.fill}</dd>
            </div>
          ))}
        </dl>
      )}
      {draft.notes.map((n) => (
        <p key={n} className="muted career-hint">
          {n}
        </p>
      ))}
    </article>
  );
}
