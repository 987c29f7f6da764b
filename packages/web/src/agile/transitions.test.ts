import { allowsMove } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  allowed,
  allowedMoveCount,
  linkStatus,
  neighbourTransitions,
  setTransition,
  unreachable,
  withoutStatus,
} from "./transitions.js";

// The greenfield template's moves: nothing skips review, and Done can be reopened.
const order = ["backlog", "todo", "in-progress", "in-review", "done"];
const greenfield = [
  { from: "backlog", to: "todo" },
  { from: "todo", to: "backlog" },
  { from: "todo", to: "in-progress" },
  { from: "in-progress", to: "todo" },
  { from: "in-progress", to: "in-review" },
  { from: "in-review", to: "in-progress" },
  { from: "in-review", to: "done" },
  { from: "done", to: "in-progress" },
];
// The operations template's: anything can go back to triage.
const opsOrder = ["triage", "ready", "doing", "blocked", "done"];
const ops = [
  { from: "triage", to: "ready" },
  { from: "triage", to: "done" },
  { from: "ready", to: "doing" },
  { from: "doing", to: "blocked" },
  { from: "blocked", to: "doing" },
  { from: "doing", to: "ready" },
  { from: "doing", to: "done" },
  { from: "*", to: "triage" },
];

describe("workflow transitions", () => {
  it("allows a move listed for its status or for any status, as the model does", () => {
    for (const from of opsOrder) {
      for (const to of opsOrder.filter((s) => s !== from)) {
        const workflow = { statuses: [], transitions: ops };
        expect(allowed(ops, from, to), `${from} → ${to}`).toBe(allowsMove(workflow, from, to));
      }
    }
  });

  it("adds a move once and takes it out", () => {
    const once = setTransition(setTransition(greenfield, "todo", "done", true), "todo", "done", true);
    expect(once.filter((t) => t.to === "done")).toHaveLength(2);
    expect(setTransition(once, "todo", "done", false)).toEqual(greenfield);
  });

  it("links a status inserted between two others from the one before and to the one after", () => {
    const withTest = [...order.slice(0, 4), "in-test", "done"];
    const linked = linkStatus(greenfield, withTest, "in-test");
    expect(linked).toEqual([
      ...greenfield,
      { from: "in-review", to: "in-test" },
      { from: "in-test", to: "done" },
    ]);
    expect(unreachable(linked, withTest)).toEqual([]);
  });

  it("keeps moves from any status working and does not repeat what they allow", () => {
    // Placed first, before Triage: "*" already takes it there, so only Triage → New is added.
    const first = ["new", ...opsOrder];
    const linked = linkStatus(ops, first, "new");
    expect(linked).toEqual([...ops, { from: "triage", to: "new" }]);
    // Placed between Doing and Blocked, it can still go back to triage.
    const middle = ["triage", "ready", "doing", "review", "blocked", "done"];
    const between = linkStatus(ops, middle, "review");
    expect(allowed(between, "review", "triage")).toBe(true);
    expect(between.filter((t) => t.from === "*")).toEqual([{ from: "*", to: "triage" }]);
    expect(between.slice(ops.length)).toEqual([
      { from: "doing", to: "review" },
      { from: "review", to: "blocked" },
    ]);
  });

  it("links a status placed last both ways with the one before it", () => {
    const last = [...order, "released"];
    expect(linkStatus(greenfield, last, "released").slice(greenfield.length)).toEqual([
      { from: "done", to: "released" },
      { from: "released", to: "done" },
    ]);
  });

  it("drops the moves that name a removed status, from any status too", () => {
    expect(withoutStatus(greenfield, "in-review")).toEqual(
      greenfield.filter((t) => t.from !== "in-review" && t.to !== "in-review"),
    );
    expect(withoutStatus(ops, "triage")).toEqual([
      { from: "ready", to: "doing" },
      { from: "doing", to: "blocked" },
      { from: "blocked", to: "doing" },
      { from: "doing", to: "ready" },
      { from: "doing", to: "done" },
    ]);
  });

  it("names the statuses an item starting in the first one cannot reach", () => {
    expect(unreachable(greenfield, order)).toEqual([]);
    // Without In Review nothing reaches Done any more.
    const noReview = order.filter((s) => s !== "in-review");
    expect(unreachable(withoutStatus(greenfield, "in-review"), noReview)).toEqual(["done"]);
    // Reached through "*" as well; a status no move leads into stays unreached.
    const star = [
      { from: "a", to: "b" },
      { from: "*", to: "c" },
    ];
    expect(unreachable(star, ["a", "b", "c", "d"])).toEqual(["d"]);
    expect(unreachable(ops, opsOrder)).toEqual([]);
    expect(unreachable([], order)).toEqual(order.slice(1));
  });

  it("counts the moves allowed between different statuses, each from any status once per status", () => {
    expect(allowedMoveCount(greenfield, order)).toBe(8);
    // Seven listed, and "* → triage" from each of the four other statuses ("triage → triage" is no move).
    expect(allowedMoveCount(ops, opsOrder)).toBe(7 + 4);
    expect(allowedMoveCount(neighbourTransitions(order), order)).toBe(8);
  });

  it("starts from each status to its neighbours, both ways", () => {
    expect(neighbourTransitions(["a", "b", "c"])).toEqual([
      { from: "a", to: "b" },
      { from: "b", to: "a" },
      { from: "b", to: "c" },
      { from: "c", to: "b" },
    ]);
  });
});
