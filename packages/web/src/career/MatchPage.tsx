import {
  type ItemMatch,
  type KeywordMatch,
  MAX_POSTING_CHARS,
  type MatchPartId,
  type MatchPlace,
  type PostingMatch,
  type QualificationMatch,
} from "@keel/engine";
import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { useWidth } from "../ui/use-width.js";
import { type EvidenceRecord, useEvidence } from "./career-api.js";
import { scoreSegments } from "./career-charts.js";
import { ApiProblem, PageHead, ScoreMeter } from "./career-ui.js";

const PART_NAME: Readonly<Record<MatchPartId, string>> = {
  qualifications: "Qualifications",
  responsibilities: "Responsibilities",
  title: "Title",
  certifications: "Certifications",
  keywords: "Keywords",
};

/**
 * A job posting against the user's records: the title, each qualification (must-haves first) and
 * responsibility, the certifications it names and its keywords, each found or missing and where;
 * the score with its parts, and which evidence to put first.
 */
export function MatchPage() {
  const id = useId();
  const evidence = useEvidence();
  const [posting, setPosting] = useState("");
  const [problem, setProblem] = useState<string>();
  const match = useMutation({
    mutationFn: (text: string) => api<PostingMatch>("POST", "/api/career/match", { posting: text }),
  });

  const run = () => {
    // The same limits the server applies, said before anything is sent.
    if (!/[\p{L}\p{N}]/u.test(posting)) {
      setProblem("Paste the job posting's text: there is nothing to read yet.");
      return;
    }
    if (posting.length > MAX_POSTING_CHARS) {
      setProblem(
        `The pasted text is ${posting.length.toLocaleString("en")} characters; a posting can be at most ${MAX_POSTING_CHARS.toLocaleString("en")} (about 20 pages). Paste only the job description.`,
      );
      return;
    }
    setProblem(undefined);
    match.mutate(posting);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="career-match">
      <PageHead id={`${id}-title`} title="Job match">
        Paste a job posting: every requirement is matched against your evidence, profile and certifications,
        with where each was found. Keywords are never more than a fifth of the score. Nothing you paste is
        stored.
      </PageHead>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-posting`}>Job posting</label>
          <textarea
            id={`${id}-posting`}
            rows={10}
            value={posting}
            placeholder={
              "Technical Project Coordinator\n\nRequirements:\n- 2+ years coordinating software projects\n- …"
            }
            aria-invalid={problem !== undefined}
            aria-describedby={problem === undefined ? undefined : `${id}-posting-error`}
            onChange={(e) => setPosting(e.target.value)}
          />
          {problem !== undefined && (
            <span id={`${id}-posting-error`} className="field-error" role="alert">
              {problem}
            </span>
          )}
        </div>
        <div className="toolbar">
          <button type="submit" className="btn btn-primary" disabled={match.isPending}>
            {match.isPending ? "Matching…" : "Match posting"}
          </button>
          {posting !== "" && <span className="muted">{posting.length.toLocaleString()} characters</span>}
        </div>
      </form>
      {match.isError && <ApiProblem error={match.error} />}
      {match.data !== undefined && <MatchResult match={match.data} evidence={evidence.data ?? []} />}
    </section>
  );
}

function MatchResult({ match, evidence }: { match: PostingMatch; evidence: readonly EvidenceRecord[] }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(240, Math.min(720, useWidth(box, 600) - 8));
  const segments = scoreSegments(match.parts, width);
  const titles = new Map(evidence.map((e) => [e.id, e.title]));
  const { qualifications, responsibilities, certifications, keywords } = match.sections;
  const required = qualifications.filter((q) => q.need === "required");
  const preferred = qualifications.filter((q) => q.need === "preferred");
  return (
    <div className="career-match-result">
      <div className="career-match-side">
        <section className="card" aria-labelledby={`${id}-score`}>
          <h2 id={`${id}-score`} className="career-card-title">
            Match score
          </h2>
          <ScoreMeter score={match.score} label="Match score" />
          <div ref={box}>
            <svg width={width} height={30} aria-hidden="true" className="match-parts">
              {segments.map((s) => (
                <g key={s.part.part}>
                  <rect
                    className="match-part-track"
                    x={s.x + 1}
                    y={4}
                    width={Math.max(0, s.width - 2)}
                    height={22}
                  />
                  <rect
                    className={`match-part-fill match-${s.part.part}`}
                    x={s.x + 1}
                    y={4}
                    width={Math.max(0, s.filled - 2)}
                    height={22}
                  />
                </g>
              ))}
            </svg>
          </div>
          <table className="table career-parts-table">
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col" className="num">
                  Weight
                </th>
                <th scope="col" className="num">
                  Found
                </th>
                <th scope="col" className="num">
                  Part score
                </th>
              </tr>
            </thead>
            <tbody>
              {match.parts.map((p) => (
                <tr key={p.part}>
                  <th scope="row">
                    <span className={`match-swatch match-${p.part}`} aria-hidden="true" /> {PART_NAME[p.part]}
                  </th>
                  <td className="num">{p.weight} %</td>
                  <td className="num">
                    {p.found} of {p.total}
                  </td>
                  <td className="num">{p.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted career-hint">
            Must-haves count twice. Measurable results count in the bullet score, not here.
          </p>
          {match.notes.map((n) => (
            <p key={n} className="muted career-hint">
              {n}
            </p>
          ))}
        </section>

        <section className="card" aria-labelledby={`${id}-title-match`}>
          <h2 id={`${id}-title-match`} className="career-card-title">
            Title
          </h2>
          <p>
            <Found found={match.title.matches} />{" "}
            {match.title.posting === undefined ? "No title found" : <strong>{match.title.posting}</strong>}
          </p>
          <p className="muted">{match.title.detail}</p>
        </section>

        <section className="card" aria-labelledby={`${id}-surface`}>
          <h2 id={`${id}-surface`} className="career-card-title">
            Evidence to surface
          </h2>
          {match.surface.length === 0 ? (
            <p className="muted">
              None of your evidence covers this posting yet.{" "}
              <Link to="/career/evidence">Record the wins</Link> that show what it asks for.
            </p>
          ) : (
            <ol className="career-surface">
              {match.surface.map((s) => (
                <li key={s.id}>
                  <strong>{titles.get(s.id) ?? s.id}</strong>{" "}
                  <span className="muted">— covers {s.terms.join(", ")}</span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="card" aria-labelledby={`${id}-certs`}>
          <h2 id={`${id}-certs`} className="career-card-title">
            Certifications
          </h2>
          {certifications.length === 0 ? (
            <p className="muted">The posting names no certification.</p>
          ) : (
            <ul className="career-match-items">
              {certifications.map((c) => (
                <li key={c.id}>
                  <Found found={c.satisfied} /> <strong>{c.name}</strong>{" "}
                  <span className="career-tag">{c.need === "required" ? "must-have" : "nice-to-have"}</span>
                  <span className="muted">
                    {" "}
                    {c.held
                      ? "you hold it"
                      : c.satisfied
                        ? `you hold an accepted alternative (${c.alternatives.join(", ")})`
                        : c.alternatives.length > 0
                          ? `not held; accepted instead: ${c.alternatives.join(", ")}`
                          : "not held"}
                    {` · line ${c.line}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="muted career-hint">
            See <Link to="/career/certifications">Certifications</Link> for when you can sit each.
          </p>
        </section>
      </div>
      <div className="career-match-main">
        <ItemSection
          title="Must-have qualifications"
          items={required}
          empty="The posting names no must-haves."
        />
        <ItemSection
          title="Nice-to-have qualifications"
          items={preferred}
          empty="The posting names no nice-to-haves."
        />
        <ItemSection
          title="Responsibilities"
          items={responsibilities}
          empty="No responsibilities recognised."
        />
        <Keywords keywords={keywords} titles={titles} />
      </div>
    </div>
  );
}

function Found({ found }: { found: boolean }) {
  return (
    <span className={found ? "found" : "missing"}>
      <span aria-hidden="true">{found ? "✓" : "✗"}</span>
      <span className="visually-hidden">{found ? "Found:" : "Missing:"}</span>
    </span>
  );
}

function placeText(p: MatchPlace, titles: ReadonlyMap<string, string>): string {
  if (p.source === "evidence") return `evidence “${titles.get(p.id ?? "") ?? p.id ?? ""}”`;
  return `${p.source}: ${p.text}`;
}

function ItemSection({
  title,
  items,
  empty,
}: {
  title: string;
  items: readonly (ItemMatch | QualificationMatch)[];
  empty: string;
}) {
  const id = useId();
  const found = items.filter((i) => i.found).length;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="career-card-title">
        {title}{" "}
        {items.length > 0 && (
          <span className="muted career-count">
            {found} of {items.length} found
          </span>
        )}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="career-match-items">
          {items.map((item) => (
            <li key={`${item.line}:${item.text}`}>
              <Found found={item.found} /> {item.text}
              <p className="muted career-item-detail">{item.detail}</p>
              {item.terms.length > 0 && (
                <p className="career-terms">
                  {item.terms.map((t) => (
                    <span
                      key={t.term}
                      className={`career-chip ${t.found ? "career-chip-found" : "career-chip-missing"}`}
                      title={
                        t.found
                          ? `Found in ${t.where.map((w) => w.source).join(", ")}`
                          : "Not in your records"
                      }
                    >
                      {t.found ? "✓" : "✗"} {t.term}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Keywords({
  keywords,
  titles,
}: {
  keywords: readonly KeywordMatch[];
  titles: ReadonlyMap<string, string>;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="career-card-title">
        Keywords{" "}
        {keywords.length > 0 && (
          <span className="muted career-count">
            {keywords.filter((k) => k.found).length} of {keywords.length} found
          </span>
        )}
      </h2>
      {keywords.length === 0 ? (
        <p className="muted">No known keywords in the posting.</p>
      ) : (
        <table className="table career-keywords">
          <thead>
            <tr>
              <th scope="col">Keyword</th>
              <th scope="col" className="num">
                Times in posting
              </th>
              <th scope="col">Where found</th>
            </tr>
          </thead>
          <tbody>
            {keywords.map((k) => (
              <tr key={k.term}>
                <th scope="row">
                  <Found found={k.found} /> {k.term}
                </th>
                <td className="num">{k.count}</td>
                <td className="career-where">
                  {k.found ? (
                    k.where
                      .slice(0, 3)
                      .map((w) => placeText(w, titles))
                      .join("; ")
                  ) : (
                    <span className="missing">missing</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
