import type { Lag, Link, Plan, Task } from "@keel/model";

const NO_LAG: Lag = { value: 0, unit: "d", elapsed: false };

/**
 * Narrows a plan to what tj3 expresses and schedules the same way as Keel; each rule stands for a
 * difference explained in docs/taskjuggler.md. Expects FS/SS links and no leads (generator options).
 * - An SS link leads only into a working-time task and counts working lag: tj3 measures it from
 *   the moment the predecessor was allowed to start (17:00, say), Keel from when it starts working
 *   (09:00 next day); working time between the two is nil, elapsed time is not. It also keeps tj3
 *   clear of a false "dependency loop" it reports for SS links between milestones.
 * - Nothing elapsed leads into a milestone, directly or through a summary task it belongs to, so no
 *   milestone falls in non-working time, where tj3 leaves it and Keel moves it to the next working moment.
 */
export function tj3Subset(plan: Plan): Plan {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const children = new Map<string, Task[]>();
  for (const t of plan.tasks) {
    if (t.parent === null) continue;
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const task = (id: string): Task => {
    const t = byId.get(id);
    if (t === undefined) throw new Error(`unknown task "${id}"`);
    return t;
  };
  const isElapsed = (t: Task): boolean =>
    children.has(t.id) ? (children.get(t.id) ?? []).some(isElapsed) : t.duration.elapsed && !t.milestone;
  const holdsMilestone = (t: Task): boolean => t.milestone || (children.get(t.id) ?? []).some(holdsMilestone);
  const isWorkingLeaf = (t: Task) => !children.has(t.id) && !t.milestone && !t.duration.elapsed;
  const elapsedLag = (l: Link): boolean =>
    "percent" in l.lag ? isElapsed(task(l.from)) && l.lag.percent !== 0 : l.lag.elapsed && l.lag.value !== 0;

  const links = plan.links.flatMap((l): Link[] => {
    const to = task(l.to);
    let link = l;
    if (link.type === "SS" && (!isWorkingLeaf(to) || elapsedLag(link))) link = { ...link, type: "FS" };
    if (holdsMilestone(to)) {
      if (isElapsed(task(link.from))) return [];
      if (elapsedLag(link)) link = { ...link, lag: NO_LAG };
    }
    return [link];
  });
  return { ...plan, links };
}
