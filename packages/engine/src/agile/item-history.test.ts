import { type BacklogItem, DEFAULT_AGILE_SETTINGS, type LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { finishedOn, isDone, startedOn, statusAt } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";

const resolve = statusResolver(DEFAULT_AGILE_SETTINGS.workflow);
const day = (text: string) => text as LocalDate;
const item: BacklogItem = {
  id: "A",
  name: "A",
  type: "story",
  status: "done",
  rank: 0,
  created: day("2027-01-01"),
  history: [
    { status: "todo", at: day("2027-01-02") },
    { status: "in-progress", at: day("2027-01-04") },
    { status: "done", at: day("2027-01-05") },
    { status: "in-progress", at: day("2027-01-06") },
    { status: "Done", at: day("2027-01-08") },
    { status: "Released", at: day("2027-01-09") },
  ],
};

describe("item history", () => {
  it("replays the status at the end of a day", () => {
    expect(statusAt(item, day("2027-01-01"))).toBeUndefined();
    expect(statusAt(item, day("2027-01-04"))).toBe("in-progress");
    expect(statusAt(item, day("2027-01-07"))).toBe("in-progress");
    expect(statusAt(item, day("2030-01-01"))).toBe("Released");
    expect(statusAt({ ...item, history: undefined }, day("2020-01-01"))).toBe("done");
  });

  it("finishes on the last move into done, and starts on the first move into progress", () => {
    expect(finishedOn(item, resolve)).toBe("2027-01-08");
    expect(finishedOn({ ...item, history: item.history?.slice(0, 4) }, resolve)).toBeUndefined();
    expect(finishedOn({ ...item, history: undefined }, resolve)).toBeUndefined();
    expect(startedOn(item, resolve)).toBe("2027-01-04");
    expect(startedOn({ ...item, history: [{ status: "done", at: day("2027-01-03") }] }, resolve)).toBe(
      "2027-01-01",
    );
    expect(isDone(item, resolve)).toBe(true);
    expect(isDone({ ...item, status: "in-progress" }, resolve)).toBe(false);
  });
});
