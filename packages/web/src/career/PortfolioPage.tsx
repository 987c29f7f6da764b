import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { ApiError, api } from "../api/client.js";
import { useProjects, useSession } from "../api/queries.js";
import { saveFile } from "../status/status-api.js";
import { formatDate } from "../ui/format.js";
import {
  CAREER,
  careerKeys,
  fetchFile,
  type PortfolioFormat,
  type ShareLink,
  useEvidence,
} from "./career-api.js";
import { ApiProblem, CopyButton, Loading, PageHead } from "./career-ui.js";
import { absoluteUrl, readShares, type SavedShare, writeShares } from "./share-links.js";

const FORMATS: readonly {
  readonly format: PortfolioFormat;
  readonly label: string;
  readonly hint: string;
}[] = [
  { format: "md", label: "Markdown", hint: "for a README or a wiki" },
  { format: "html", label: "HTML", hint: "one self-contained page" },
  { format: "pdf", label: "PDF", hint: "A4, to attach to an application" },
];

/** The portfolio norm (career-facts.md): 3 to 5 projects with clear outcomes. */
const MIN = 3;
const MAX = 5;

/**
 * A portfolio of 3 to 5 wins and the projects behind them: exported as Markdown, HTML or PDF, or
 * shared as a read-only link that can be revoked at any time.
 */
export function PortfolioPage() {
  const id = useId();
  const session = useSession();
  const client = useQueryClient();
  const evidence = useEvidence();
  const projects = useProjects();
  const [title, setTitle] = useState("");
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [projectIds, setProjectIds] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState<PortfolioFormat | "share">();
  const [problem, setProblem] = useState<unknown>();
  const [shares, setShares] = useState<SavedShare[]>(() => readShares(localStorage));
  const [revoking, setRevoking] = useState<string>();

  const name = session.data?.user.name ?? "";
  const shownTitle =
    title.trim() === "" ? `${name === "" ? "Delivery" : `${name}'s delivery`} portfolio` : title.trim();
  const count = chosen.length;
  const ready = count >= 1 && count <= MAX;

  const body = { title: shownTitle, evidenceIds: chosen, projectIds };

  async function exportAs(format: PortfolioFormat) {
    setBusy(format);
    setProblem(undefined);
    try {
      const file = await fetchFile(
        `${CAREER}/portfolio`,
        { ...body, format },
        session.data?.csrfToken ?? null,
        `portfolio.${format}`,
      );
      saveFile(file.blob, file.fileName);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(undefined);
    }
  }

  // A share link is public: an entry marked "only me" is put on the portfolio first, with the
  // user's click on a button that says so, so its visibility never claims what the link contradicts.
  const privateChosen = (evidence.data ?? []).filter(
    (e) => chosen.includes(e.id) && e.visibility === "private",
  );

  async function share() {
    setBusy("share");
    setProblem(undefined);
    try {
      for (const e of privateChosen) {
        await api("PATCH", `${CAREER}/evidence/${encodeURIComponent(e.id)}`, {
          visibility: "portfolio",
          version: e.version,
        });
      }
      if (privateChosen.length > 0) await client.invalidateQueries({ queryKey: careerKeys.evidence });
      const link = await api<ShareLink>("POST", `${CAREER}/portfolio/share`, body);
      const next = [
        {
          token: link.token,
          url: absoluteUrl(link.url, location.origin),
          title: shownTitle,
          createdAt: new Date().toISOString(),
        },
        ...shares,
      ];
      writeShares(localStorage, next);
      setShares(next);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(undefined);
    }
  }

  async function revoke(s: SavedShare) {
    setRevoking(s.token);
    setProblem(undefined);
    try {
      await api("DELETE", `${CAREER}/portfolio/share/${encodeURIComponent(s.token)}`);
    } catch (error) {
      // Already revoked elsewhere: the link is dead either way, so forget it here too.
      if (!(error instanceof ApiError && error.status === 404)) {
        setProblem(error);
        setRevoking(undefined);
        return;
      }
    }
    const next = shares.filter((x) => x.token !== s.token);
    writeShares(localStorage, next);
    setShares(next);
    setRevoking(undefined);
  }

  const toggle = (list: readonly string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((x) => x !== value);

  return (
    <section aria-labelledby={`${id}-title`} className="career-portfolio">
      <PageHead id={`${id}-title`} title="Portfolio">
        Three to five wins with clear outcomes, and the projects behind them: each with its problem, your
        action, the result and its numbers.
      </PageHead>
      {evidence.isPending ? (
        <Loading what="your evidence" />
      ) : evidence.isError ? (
        <ApiProblem error={evidence.error} />
      ) : evidence.data.length === 0 ? (
        <div className="career-empty">
          <p>
            <strong>A portfolio is made of your evidence, and you have none yet.</strong> Record a few wins,
            or accept the ones Keel suggests from your projects.
          </p>
          <Link className="btn btn-primary" to="/career/evidence">
            Go to evidence
          </Link>
        </div>
      ) : (
        <div className="career-portfolio-grid">
          <div>
            <div className="field">
              <label htmlFor={`${id}-name`}>Title</label>
              <input
                id={`${id}-name`}
                value={title}
                placeholder={shownTitle}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <fieldset className="career-fieldset">
              <legend>
                Wins <span className="muted">({count} chosen; 3 to 5 read best)</span>
              </legend>
              <ul className="career-pick">
                {evidence.data.map((e) => (
                  <li key={e.id}>
                    <label className="career-check">
                      <input
                        type="checkbox"
                        checked={chosen.includes(e.id)}
                        disabled={!chosen.includes(e.id) && count >= MAX}
                        onChange={(x) => setChosen(toggle(chosen, e.id, x.target.checked))}
                      />
                      <span>
                        {e.title} <span className="muted">· {formatDate(e.date)}</span>
                        {e.visibility === "private" && <span className="muted"> · private</span>}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              <p className={count > 0 && count < MIN ? "career-note" : "muted career-hint"} role="status">
                {count === 0
                  ? "Choose the wins to show."
                  : count < MIN
                    ? `${count} chosen: ${MIN} to ${MAX} make a fuller picture.`
                    : count >= MAX
                      ? `${MAX} chosen: the most a portfolio shows.`
                      : `${count} chosen.`}
              </p>
            </fieldset>
            <fieldset className="career-fieldset">
              <legend>
                Projects <span className="muted">(optional, up to {MAX})</span>
              </legend>
              {projects.data === undefined ? (
                <Loading what="projects" />
              ) : projects.data.length === 0 ? (
                <p className="muted">No projects in Keel yet.</p>
              ) : (
                <ul className="career-pick">
                  {projects.data.map((p) => (
                    <li key={p.id}>
                      <label className="career-check">
                        <input
                          type="checkbox"
                          checked={projectIds.includes(p.id)}
                          disabled={!projectIds.includes(p.id) && projectIds.length >= MAX}
                          onChange={(x) => setProjectIds(toggle(projectIds, p.id, x.target.checked))}
                        />
                        {p.project.name}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          </div>
          <div>
            <section className="card" aria-labelledby={`${id}-export`}>
              <h2 id={`${id}-export`} className="career-card-title">
                Export
              </h2>
              <div className="toolbar">
                {FORMATS.map((f) => (
                  <button
                    key={f.format}
                    type="button"
                    className="btn"
                    title={f.hint}
                    disabled={!ready || busy !== undefined}
                    onClick={() => exportAs(f.format)}
                  >
                    {busy === f.format ? `${f.label}…` : f.label}
                  </button>
                ))}
              </div>
              <p className="muted career-hint">
                Only what you choose here goes in, private entries included.
              </p>
            </section>
            <section className="card" aria-labelledby={`${id}-share`}>
              <h2 id={`${id}-share`} className="career-card-title">
                Share link
              </h2>
              <p className="muted career-hint">
                A read-only page anyone with the link can open, showing these wins and projects as they stand
                when opened. Revoke it at any time.
              </p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={!ready || busy !== undefined}
                onClick={share}
              >
                {busy === "share"
                  ? "Creating…"
                  : privateChosen.length === 0
                    ? "Create share link"
                    : `Show ${privateChosen.length === 1 ? "1 private win" : `${privateChosen.length} private wins`} on the portfolio and create link`}
              </button>
              {privateChosen.length > 0 && (
                <p className="career-note">
                  {privateChosen.length === 1
                    ? "One chosen win is"
                    : `${privateChosen.length} chosen wins are`}{" "}
                  marked “only me”: a link shows them to anyone who has it, so they will be marked as shown on
                  your portfolio.
                </p>
              )}
              {shares.length > 0 && (
                <ul className="career-shares">
                  {shares.map((s) => (
                    <li key={s.token}>
                      <p>
                        <strong>{s.title}</strong>{" "}
                        <span className="muted">created {new Date(s.createdAt).toLocaleDateString()}</span>
                      </p>
                      <p className="career-share-url">
                        <a href={s.url} target="_blank" rel="noreferrer">
                          {s.url}
                        </a>
                      </p>
                      <p className="toolbar">
                        <CopyButton text={s.url} label="Copy link" />
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={revoking === s.token}
                          onClick={() => revoke(s)}
                        >
                          {revoking === s.token ? "Revoking…" : "Revoke"}
                        </button>
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {shares.length > 0 && (
                <p className="muted career-hint">
                  Links created in this browser; the server keeps no readable copy.
                </p>
              )}
            </section>
            {problem !== undefined && <ApiProblem error={problem} />}
          </div>
        </div>
      )}
    </section>
  );
}
