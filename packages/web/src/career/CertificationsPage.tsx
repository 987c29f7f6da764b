import { CERTIFICATIONS, type CertificationEligibility, type PathStep, type StepWhen } from "@keel/engine";
import { useEffect, useId } from "react";
import { Link, useLocation } from "react-router";
import { ApiError } from "../api/client.js";
import { type EligibilityAnswer, useEligibility } from "./career-api.js";
import { ApiProblem, Loading, PageHead } from "./career-ui.js";
import { certStatus, domainsText, examText, examWhen, gapText, STATUS_LABEL } from "./cert-words.js";

const FACTS = new Map(CERTIFICATIONS.map((c) => [c.id, c]));

/**
 * Each certification against the profile: eligible or not yet, exactly what is missing and the
 * earliest month, the exam, renewal and sources with their as-of date; unconfirmed claims are
 * labelled as such. The recommended path for the target roles comes first.
 */
export function CertificationsPage() {
  const id = useId();
  const eligibility = useEligibility();
  const { hash } = useLocation();

  // A readiness gap links to one certification: bring it into view once the cards are drawn.
  useEffect(() => {
    if (eligibility.data !== undefined && hash.startsWith("#cert-"))
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [eligibility.data, hash]);

  const noProfile = eligibility.error instanceof ApiError && eligibility.error.status === 422;
  return (
    <section aria-labelledby={`${id}-title`} className="career-certs">
      <PageHead id={`${id}-title`} title="Certifications">
        Where you stand for each certification, from your profile's education, experience months and training
        hours, by the certifying bodies' published rules.
      </PageHead>
      {eligibility.isPending ? (
        <Loading what="certifications" />
      ) : noProfile ? (
        <div className="career-empty">
          <p>
            <strong>Eligibility needs your profile.</strong> Add your education, your months leading projects
            and your training hours, and this page says which certifications you can sit now and when the
            others open.
          </p>
          <Link className="btn btn-primary" to="/career/profile">
            Fill in your profile
          </Link>
        </div>
      ) : eligibility.isError ? (
        <ApiProblem error={eligibility.error} />
      ) : (
        <Answer answer={eligibility.data} />
      )}
    </section>
  );
}

function Answer({ answer }: { answer: EligibilityAnswer }) {
  const id = useId();
  const { path } = answer;
  return (
    <>
      <section className="card career-path" aria-labelledby={`${id}-path`}>
        <h2 id={`${id}-path`} className="career-card-title">
          Recommended path
        </h2>
        <p className="career-path-summary">{path.summary}</p>
        {path.steps.length > 0 && (
          <ol className="career-steps">
            {path.steps.map((s) => (
              <li key={s.id}>
                <a href={`#cert-${s.id}`} className="career-step-name">
                  {s.name} ({s.id})
                </a>{" "}
                <span className="career-tag">{whenText(s.when)}</span>
                <StepDetail step={s} />
              </li>
            ))}
          </ol>
        )}
        {path.notes.map((n) => (
          <p key={n} className="muted career-hint">
            {n}
          </p>
        ))}
        {path.ranked.some((r) => r.skipped !== undefined) && (
          <details>
            <summary>Why not the others</summary>
            <ul>
              {path.ranked
                .filter((r) => r.skipped !== undefined)
                .map((r) => (
                  <li key={r.id}>
                    <strong>{r.id}</strong>: {r.skipped}
                  </li>
                ))}
            </ul>
          </details>
        )}
      </section>
      <ul className="career-cert-list">
        {answer.certifications.map((c) => (
          <Certification key={c.id} cert={c} />
        ))}
      </ul>
    </>
  );
}

function StepDetail({ step }: { step: PathStep }) {
  const lines = [...step.reasons, ...step.covered];
  if (lines.length === 0) return null;
  return (
    <ul className="muted career-step-detail">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

function whenText(when: StepWhen): string {
  if (when === "now") return "now";
  if (when === "after-training") return "after training";
  if (when === "after-certification") return "after a qualifying certificate";
  return `from ${when}`;
}

function Certification({ cert }: { cert: CertificationEligibility }) {
  const status = certStatus(cert);
  const facts = FACTS.get(cert.id);
  return (
    <li id={`cert-${cert.id}`} className={`card career-cert career-cert-${status}`} tabIndex={-1}>
      <div className="career-cert-head">
        <h2 className="career-card-title">
          {cert.name} <span className="muted">({cert.id})</span>
        </h2>
        <span className={`career-status career-status-${status}`}>{STATUS_LABEL[status]}</span>
      </div>
      <p className="muted career-meta">{cert.body}</p>
      {cert.missing.length > 0 && (
        <ul className="career-gaps-bars">
          {cert.missing.map((g) => (
            <li key={g.what}>
              <span>{g.what}</span>
              <span className="career-gap-bar" aria-hidden="true">
                <span
                  className="career-gap-fill"
                  style={{ width: `${Math.min(100, (100 * g.have) / Math.max(1, g.need))}%` }}
                />
              </span>
              <span className="career-gap-text">{gapText(g)}</span>
            </li>
          ))}
        </ul>
      )}
      <ul className="career-messages">
        {/* The badge says eligible or not; the messages say why. */}
        {cert.messages
          .filter((m) => m !== "Eligible now." && m !== "Not eligible yet.")
          .map((m) =>
            m.startsWith("Unconfirmed: ") ? (
              <li key={m}>
                <span className="career-tag career-tag-warn">unconfirmed</span>{" "}
                {m.slice("Unconfirmed: ".length)}
              </li>
            ) : (
              <li key={m}>{m}</li>
            ),
          )}
      </ul>
      {cert.earliest !== undefined && (
        <p>
          <strong>Earliest:</strong> {cert.earliest}
        </p>
      )}
      <dl className="career-facts">
        {facts !== undefined && facts.requirements.length > 0 && (
          <div>
            <dt>Rule</dt>
            <dd>{facts.summary}</dd>
          </div>
        )}
        {cert.exam !== undefined && (
          <div>
            <dt>Exam</dt>
            <dd>
              {examText(cert.exam)}
              {cert.exam.domains !== undefined && <span className="muted"> — {domainsText(cert.exam)}</span>}
              {cert.exam.notes !== undefined && (
                <span className="career-exam-notes">{cert.exam.notes.join(" ")}</span>
              )}
            </dd>
          </div>
        )}
        {cert.nextExam !== undefined && (
          <div>
            <dt>Next exam</dt>
            <dd>
              {examWhen(cert.nextExam)}: {examText(cert.nextExam)}
              {cert.nextExam.domains !== undefined && (
                <span className="muted"> — {domainsText(cert.nextExam)}</span>
              )}
              {cert.nextExam.notes !== undefined && (
                <span className="career-exam-notes">{cert.nextExam.notes.join(" ")}</span>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Renewal</dt>
          <dd>{cert.renewal.text}</dd>
        </div>
        {facts?.notes?.map((n) => (
          <div key={n}>
            <dt>Note</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {cert.unconfirmed.length > 0 && (
        <ul className="career-unconfirmed">
          {cert.unconfirmed.map((u) => (
            <li key={u.claim}>
              <span className="career-tag career-tag-warn">unconfirmed</span> {u.claim}.{" "}
              <span className="muted">
                Seen only in {u.sources.join(", ")}; check with the certifying body.
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted career-sources">
        Sources (as of {cert.asOf}): {cert.sources.join(" · ")}
      </p>
    </li>
  );
}
