import { COMPETENCIES, type CompetencyReadiness, type Readiness, type ReadinessGap } from "@keel/engine";
import { TARGET_ROLES } from "@keel/model";
import { useId, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { RaidTabs } from "../raid/RaidTabs.js";
import { useWidth } from "../ui/use-width.js";
import { needsProfile, useEvidence, useProfile, useReadiness, useRoleReadiness } from "./career-api.js";
import { strengthChart } from "./career-charts.js";
import { ApiProblem, Loading, PageHead, ScoreMeter } from "./career-ui.js";
import { ROLE_NAME } from "./ProfilePage.js";

const NAME = new Map(COMPETENCIES.map((c) => [c.id, c.name]));

/**
 * Readiness per target role: the score, each competency's strength as a bar (the role's core
 * first), and the largest gaps with the next concrete step: an exercise, a certification, or a win to record.
 */
export function ReadinessPage() {
  const id = useId();
  const profile = useProfile();
  const evidence = useEvidence();
  const targets = useReadiness();
  const [params, setParams] = useSearchParams();
  const [other, setOther] = useState<string>();
  const otherReadiness = useRoleReadiness(other);

  const list = targets.data ?? [];
  const asked = params.get("role");
  const selected = list.find((r) => r.role === asked) ?? list[0];
  const select = (role: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set("role", role);
        return next;
      },
      { replace: true },
    );

  const noProfile = profile.data?.profile === null;
  const noTargets = profile.data?.profile !== null && profile.data?.profile?.targetRoles.length === 0;
  const tabId = (role: string) => `${id}-tab-${role}`;
  const panelId = (role: string) => `${id}-panel-${role}`;

  return (
    <section aria-labelledby={`${id}-title`} className="career-readiness">
      <PageHead id={`${id}-title`} title="Readiness">
        How strongly your evidence shows what each target role asks for, and the next step for the largest
        gaps.
      </PageHead>
      {(noProfile || noTargets) && (
        <p className="career-callout">
          {noProfile ? "No profile yet. " : "No target roles chosen. "}
          <Link to="/career/profile">Choose your target roles in your profile</Link> to see readiness for
          each.
        </p>
      )}
      {evidence.data?.length === 0 && (
        <p className="career-callout">
          Readiness comes from your evidence, and you have none yet: every competency starts at zero.{" "}
          <Link to="/career/evidence">Record a win or accept one Keel suggested</Link>.
        </p>
      )}
      {targets.isPending ? (
        <Loading what="readiness" />
      ) : targets.isError ? (
        // Without a profile or target roles the callout above says what to do.
        !needsProfile(targets.error) && <ApiProblem error={targets.error} />
      ) : (
        selected !== undefined && (
          <>
            <RaidTabs
              label="Target roles"
              tabs={list.map((r) => ({ id: r.role, label: `${r.roleName} · ${r.score}`, count: undefined }))}
              selected={selected.role}
              select={select}
              tabId={tabId}
              panelId={panelId}
            />
            <div role="tabpanel" id={panelId(selected.role)} aria-labelledby={tabId(selected.role)}>
              <RoleReadiness readiness={selected} />
            </div>
          </>
        )
      )}
      <details className="career-other-role">
        <summary>Readiness for another role</summary>
        <div className="toolbar">
          <select
            aria-label="Another role"
            value={other ?? ""}
            onChange={(e) => setOther(e.target.value || undefined)}
          >
            <option value="">Choose a role…</option>
            {TARGET_ROLES.filter((r) => !list.some((t) => t.role === r)).map((r) => (
              <option key={r} value={r}>
                {ROLE_NAME.get(r) ?? r}
              </option>
            ))}
          </select>
        </div>
        {otherReadiness.isFetching && <Loading what="readiness" />}
        {otherReadiness.isError && <ApiProblem error={otherReadiness.error} />}
        {other !== undefined && otherReadiness.data !== undefined && (
          <RoleReadiness readiness={otherReadiness.data} />
        )}
      </details>
    </section>
  );
}

const ROW = 26;
const LABEL = 300;
const VALUE = 120;

function RoleReadiness({ readiness }: { readiness: Readiness }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const plot = Math.max(160, Math.min(560, useWidth(box, 720) - LABEL - VALUE - 40));
  const chart = strengthChart(readiness.byCompetency, plot, ROW);
  const left = readiness.byCompetency.filter((c) => c.weight === 0).map((c) => NAME.get(c.id) ?? c.id);
  return (
    <div className="career-role">
      <div className="career-role-summary card">
        <h2 className="career-card-title">{readiness.roleName}</h2>
        <ScoreMeter score={readiness.score} label={`Readiness for ${readiness.roleName}`} />
        <p className="muted career-hint">
          The weighted mean strength of the competencies the role asks for. The weights are Keel's editorial
          judgement ({readiness.weights.asOf}), not a standard.
        </p>
      </div>

      <section className="card career-gaps" aria-labelledby={`${id}-gaps`}>
        <h2 id={`${id}-gaps`} className="career-card-title">
          Top gaps
        </h2>
        {readiness.topGaps.length === 0 ? (
          <p className="muted">
            No gaps: every competency this role asks for is as strong as evidence can make it.
          </p>
        ) : (
          <ol className="career-gap-list">
            {readiness.topGaps.map((g) => (
              <li key={g.competency}>
                <h3>{NAME.get(g.competency) ?? g.competency}</h3>
                <p className="muted">{g.why}</p>
                <p>
                  <strong>Next step: </strong>
                  {g.nextStep.text} <NextStepLink gap={g} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card career-strengths" aria-labelledby={`${id}-strength`}>
        <h2 id={`${id}-strength`} className="career-card-title">
          Strength per competency
        </h2>
        <p className="muted career-hint">
          The role's core first (● weight, up to 3). One measured win from this year makes a competency half
          strong; each further one halves what is left, and older wins count less.
        </p>
        <div ref={box} className="career-chart-scroll">
          <svg
            width={LABEL + plot + VALUE}
            height={chart.height + 22}
            aria-hidden="true"
            className="strength-chart"
          >
            {chart.ticks.map((t) => (
              <g key={t.value}>
                <line className="strength-grid" x1={LABEL + t.x} x2={LABEL + t.x} y1={0} y2={chart.height} />
                <text className="axis-label" x={LABEL + t.x} y={chart.height + 14} textAnchor="middle">
                  {t.value}
                </text>
              </g>
            ))}
            {chart.bars.map((b) => (
              <g key={b.row.id} transform={`translate(0,${b.y})`}>
                <text className="strength-label" x={LABEL - 44} y={ROW / 2 + 4} textAnchor="end">
                  {NAME.get(b.row.id) ?? b.row.id}
                </text>
                <text className="strength-weight" x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end">
                  {"●".repeat(b.row.weight)}
                </text>
                <rect className="strength-track" x={LABEL} y={5} width={plot} height={ROW - 10} rx={3} />
                <rect
                  className={`strength-bar ${b.row.strength >= 0.5 ? "strength-ok" : b.row.strength > 0 ? "strength-some" : ""}`}
                  x={LABEL}
                  y={5}
                  width={b.length}
                  height={ROW - 10}
                  rx={3}
                />
                <text className="strength-value" x={LABEL + plot + 8} y={ROW / 2 + 4}>
                  {strengthWords(b.row)}
                </text>
              </g>
            ))}
          </svg>
        </div>
        <table className="visually-hidden">
          <caption>Strength per competency for {readiness.roleName}</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Weight for the role (of 3)</th>
              <th scope="col">Strength (0 to 1)</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((b) => (
              <tr key={b.row.id}>
                <th scope="row">{NAME.get(b.row.id) ?? b.row.id}</th>
                <td>{b.row.weight}</td>
                <td>{b.row.strength}</td>
                <td>{strengthWords(b.row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {left.length > 0 && <p className="muted career-hint">Not asked of this role: {left.join(", ")}.</p>}
      </section>
    </div>
  );
}

function strengthWords(row: CompetencyReadiness): string {
  const entries = `${row.evidence} ${row.evidence === 1 ? "entry" : "entries"}`;
  return `${row.strength.toFixed(2)} · ${entries}${row.certifiedBy === undefined ? "" : ` + ${row.certifiedBy}`}`;
}

function NextStepLink({ gap }: { gap: ReadinessGap }) {
  const step = gap.nextStep;
  if (step.kind === "exercise")
    return (
      <Link className="btn btn-small" to={`/career/exercises#exercise-${step.id}`}>
        Open the exercise
      </Link>
    );
  if (step.kind === "certification")
    return (
      <Link className="btn btn-small" to={`/career/certifications#cert-${step.id}`}>
        See {step.id}
      </Link>
    );
  return (
    <Link className="btn btn-small" to={`/career/evidence?new=${encodeURIComponent(gap.competency)}`}>
      Record evidence
    </Link>
  );
}
