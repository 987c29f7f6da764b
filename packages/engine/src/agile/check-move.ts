import { type AgileSettings, allowsMove, type BacklogItem } from "@keel/model";
import type { MoveCheck } from "./types.js";

/**
 * Whether a card may move to a status: the workflow must allow the transition (else the move is
 * blocked), and the target column's WIP limit is checked against the cards it would hold, counting
 * every item given (pass the board's items) in that status other than the one moving, plus it.
 * Over the limit, the team's WIP policy decides between a warning and a block. Throws on an
 * unknown item or status.
 */
export function checkMove(
  items: readonly BacklogItem[],
  settings: AgileSettings,
  itemId: string,
  toStatus: string,
): MoveCheck {
  const { workflow } = settings;
  const item = items.find((i) => i.id === itemId);
  if (item === undefined) throw new Error(`no item "${itemId}"`);
  const target = workflow.statuses.find((s) => s.id === toStatus);
  if (target === undefined) throw new Error(`no status "${toStatus}" in the workflow`);

  const transitionAllowed = allowsMove(workflow, item.status, toStatus);
  const problems: string[] = [];
  if (!transitionAllowed) {
    const fromName = workflow.statuses.find((s) => s.id === item.status)?.name ?? item.status;
    problems.push(`the workflow does not allow a move from "${fromName}" to "${target.name}"`);
  }
  let wip: MoveCheck["wip"];
  let overLimit = false;
  if (target.wip !== undefined) {
    const count = items.filter((i) => i.status === toStatus && i.id !== itemId).length + 1;
    wip = { status: target.id, limit: target.wip, count };
    overLimit = count > target.wip;
    if (overLimit)
      problems.push(`"${target.name}" would hold ${count} cards; its WIP limit is ${target.wip}`);
  }
  const level = !transitionAllowed ? "block" : overLimit ? settings.wipPolicy : "ok";
  const message = problems.join(", and ");
  return {
    level,
    transitionAllowed,
    ...(wip === undefined ? {} : { wip }),
    ...(level === "ok" ? {} : { message: message.charAt(0).toUpperCase() + message.slice(1) }),
  };
}
