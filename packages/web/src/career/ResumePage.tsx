import { type BulletCheckId, type ProfileDraft, resumeBullets } from "@keel/engine";
import { useMutation } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { useSession } from "../api/queries.js";
import { saveFile } from "../status/status-api.js";
import { formatDate } from "../ui/format.js";
import { type BulletAnswer, CAREER, fetchFile, useDrafts, useEvidence } from "./career-api.js";
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
      <ResumeBullets />
      <Drafts />
    </section>
  );
}

type ResumeFormat = "md" | "text" | "docx";

const EXPORTS: readonly { readonly format: ResumeFormat; readonly label: string; readonly file: string }[] = [
  { format: "md", label: "Markdown", file: "resume-bullets.md" },
  { format: "text", label: "Plain text", file: "resume-bullets.txt" },
  { format: "docx", label: "Word (.docx)", file: "resume-bullets.docx" },
];

/** The server's limit on entries per export. */
const MAX_BULLETS = 30;

/**
 * One bullet per chosen entry, previewed here with the same engine rules the server exports with,
 * so what is shown is what the file holds.
 */
function ResumeBullets() {
  const id = useId();
  const session = useSession();
  const evidence = useEvidence();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState<ResumeFormat | "copy">();
  const [problem, setProblem] = useState<unknown>();
  const [copied, setCopied] = useState<"copied" | "failed">();

  const newestFirst = useMemo(
    () => [...(evidence.data ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    [evidence.data],
  );
  const bullets = useMemo(
    () => resumeBullets(newestFirst.filter((e) => chosen.includes(e.id))),
    [newestFirst, chosen],
  );

  async function file(format: ResumeFormat) {
    const body = { evidenceIds: chosen, format, ...(title.trim() === "" ? {} : { title: title.trim() }) };
    const fallback = EXPORTS.find((x) => x.format === format)?.file ?? "resume-bullets";
    return fetchFile(`${CAREER}/resume`, body, session.data?.csrfToken ?? null, fallback);
  }

  async function run(what: ResumeFormat | "copy") {
    setBusy(what);
    setProblem(undefined);
    setCopied(undefined);
    try {
      if (what === "copy") {
        const text = await (await file("text")).blob.text();
        await navigator.clipboard.writeText(text).then(
          () => setCopied("copied"),
          () => setCopied("failed"),
        );
      } else {
        const f = await file(what);
        saveFile(f.blob, f.fileName);
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(undefined);
    }
  }

  const ready = chosen.length >= 1 && chosen.length <= MAX_BULLETS && busy === undefined;
  return (
    <section className="career-section" aria-labelledby={`${id}-bullets`}>
      <h2 id={`${id}-bullets`}>Resume bullets</h2>
      <p className="muted career-hint">
        One line per chosen win, in outcome language, built only from what the entry says. Fill each{" "}
        <mark className="placeholder">[placeholder]</mark> with your own fact, or leave the part out.
      </p>
      {evidence.isPending ? (
        <Loading what="your evidence" />
      ) : evidence.isError ? (
        <ApiProblem error={evidence.error} />
      ) : newestFirst.length === 0 ? (
        <p className="muted">
          Bullets are made from your evidence: <Link to="/career/evidence">record a win</Link> first.
        </p>
      ) : (
        <div className="career-bullet-result">
          <div className="card">
            <div className="field">
              <label htmlFor={`${id}-heading`}>Heading</label>
              <input
                id={`${id}-heading`}
                value={title}
                placeholder="Project management highlights"
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <fieldset className="career-fieldset">
              <legend>
                Wins, newest first <span className="muted">({chosen.length} chosen)</span>
              </legend>
              <ul className="career-pick">
                {newestFirst.map((e) => (
                  <li key={e.id}>
                    <label className="career-check">
                      <input
                        type="checkbox"
                        checked={chosen.includes(e.id)}
                        disabled={!chosen.includes(e.id) && chosen.length >= MAX_BULLETS}
                        onChange={(x) =>
                          setChosen(x.target.checked ? [...chosen, e.id] : chosen.filter((c) => c !== e.id))
                        }
                      />
                      <span>
                        {e.title} <span className="muted">· {formatDate(e.date)}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
          <section className="card" aria-labelledby={`${id}-preview`}>
            <h3 id={`${id}-preview`} className="career-card-title">
              Preview
            </h3>
            {bullets.length === 0 ? (
              <p className="muted">Choose wins to see their bullets.</p>
            ) : (
              <ul>
                {bullets.map((b) => (
                  <li key={b.evidenceId}>
                    <PlaceholderText text={b.text} tokens={b.placeholders.map((p) => p.token)} />{" "}
                    <span className="muted">
                      · score {b.score} / 100{b.project === "" ? "" : ` · ${b.project}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <div className="toolbar" style={{ flexWrap: "wrap" }}>
              {EXPORTS.map((x) => (
                <button
                  key={x.format}
                  type="button"
                  className="btn"
                  disabled={!ready}
                  onClick={() => run(x.format)}
                >
                  {busy === x.format ? `${x.label}…` : x.label}
                </button>
              ))}
              <button type="button" className="btn" disabled={!ready} onClick={() => run("copy")}>
                {busy === "copy" ? "Copying…" : "Copy text"}
              </button>
              <span role="status" className={copied === "failed" ? "form-error" : "muted"}>
                {copied === "copied"
                  ? "Copied."
                  : copied === "failed"
                    ? "The browser did not allow copying: export the plain text instead."
                    : ""}
              </span>
            </div>
            {problem !== undefined && <ApiProblem error={problem} />}
          </section>
        </div>
      )}
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
