import { useId, useMemo, useRef } from "react";
import { useParams, useSearchParams } from "react-router";
import { useProject, useTasks } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import "../resources/resources.css";
import "./tracking.css";
import { BaselinesPanel } from "./BaselinesPanel.js";
import { EarnedValuePanel } from "./EarnedValuePanel.js";
import { StatusDateControl } from "./StatusDateControl.js";
import { useBaselines, useEvm, useVariance } from "./tracking-queries.js";
import { VarianceSummary, VarianceTable } from "./VariancePanel.js";

/**
 * Tracking and reporting for one project: its baselines (save, choose one to compare, delete), what
 * slipped since the chosen one and the variance of every task, and earned value as of the status
 * date with its S-curve. The baseline compared with is in the address (`?baseline=`), the latest
 * saved by default; everything refreshes live as progress is recorded.
 */
export function TrackingView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const tasks = useTasks(projectId);
  const baselines = useBaselines(projectId);
  const saved = baselines.data ?? [];
  const chosen = saved.find((b) => b.id === params.get("baseline")) ?? saved[0];
  const variance = useVariance(projectId, chosen?.id);
  const hasStatusDate = project.data?.project.statusDate !== undefined;
  // Without a saved baseline the server measures against the plan as planned.
  const evm = useEvm(projectId, chosen?.id, hasStatusDate && baselines.isSuccess);
  const nameInput = useRef<HTMLInputElement>(null);
  const canManage = project.data?.role === "manager" || project.data?.role === "owner";
  const offerSave =
    canManage && baselines.isSuccess && saved.length === 0 ? () => nameInput.current?.focus() : undefined;

  const depth = useMemo(() => {
    const parent = new Map((tasks.data ?? []).map((t) => [t.id, t.parent]));
    const of = (taskId: string, seen = 0): number => {
      const up = parent.get(taskId);
      return up === null || up === undefined || seen > 50 ? 0 : 1 + of(up, seen + 1);
    };
    return new Map([...parent.keys()].map((t) => [t, of(t)]));
  }, [tasks.data]);

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  return (
    <section className="tracking" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <div className="tracking-head">
        <div>
          <h2 className="sheet-heading">Tracking</h2>
          <p className="muted sheet-hint">
            Baselines, what moved since, and earned value as of the status date. Record progress in the plan's
            Progress columns.
          </p>
        </div>
        <StatusDateControl projectId={projectId} project={project.data} />
      </div>
      <div className="tracking-grid">
        <BaselinesPanel
          projectId={projectId}
          baselines={saved}
          loading={baselines.isPending}
          chosen={chosen}
          choose={(baseline) =>
            setParams(
              (p) => {
                p.set("baseline", baseline);
                return p;
              },
              { replace: true },
            )
          }
          canManage={canManage}
          nameInput={nameInput}
        />
        <VarianceSummary
          variance={variance.data}
          error={variance.isError ? variance.error.message : undefined}
          hasBaseline={chosen !== undefined}
          offerSave={offerSave}
        />
      </div>
      <EarnedValuePanel
        projectId={projectId}
        evm={evm.data}
        error={evm.error}
        hasStatusDate={hasStatusDate}
        canManage={canManage}
        offerSave={offerSave}
        depth={depth}
      />
      {chosen !== undefined && variance.data !== undefined && (
        <VarianceTable variance={variance.data} depth={depth} />
      )}
    </section>
  );
}
