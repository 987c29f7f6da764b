import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import type { LinkRecord, TaskRecord } from "../api/types.js";
import { withFields } from "../engine-worker/plan-edit.js";
import {
  fieldsBefore,
  fieldsToMatch,
  linkPosition,
  sameFields,
  UNSAVED_LINK,
  withTask,
} from "./local-edits.js";

const days = (value: number) => ({ value, unit: "d", elapsed: false }) as const;
const build: TaskRecord = {
  id: "build",
  name: "Build",
  parent: null,
  milestone: false,
  duration: days(5),
  work: days(10),
  constraint: { type: "ASAP" },
  position: 2,
  version: 3,
};

describe("local edits", () => {
  it("changes one task of the list, and gives the same list for a task it lacks", () => {
    const list = [{ ...build, id: "design" }, build];
    const next = withTask(list, "build", (r) => withFields(r, { name: "Build it" }));
    expect(next.map((r) => r.name)).toEqual(["Build", "Build it"]);
    expect(next[0]).toBe(list[0]);
    expect(withTask(list, "gone", (r) => r)).toBe(list);
  });

  it("takes an edit back: fields it set go back, fields it added are cleared", () => {
    const fields = { duration: days(8), work: null, deadline: "2027-05-01" as LocalDate };
    const edited = withFields(build, fields);
    const undo = fieldsBefore(build, fields);
    expect(undo).toEqual({ duration: days(5), work: days(10), deadline: null });
    expect(withFields(edited, undo)).toEqual(build);
  });

  it("compares records by their fields, whatever the version and the order of keys", () => {
    const reordered = { ...build, duration: { elapsed: false, unit: "d", value: 5 } } as TaskRecord;
    expect(sameFields(build, { ...reordered, version: 4 })).toBe(true);
    expect(sameFields(build, { ...build, duration: days(6) })).toBe(false);
    expect(sameFields(build, withFields(build, { work: null }))).toBe(false);
  });

  it("says what turns the shown record into the saved one, clearing what the server dropped", () => {
    const shown = withFields(build, { deadline: "2027-05-01" as LocalDate });
    const saved = { ...withFields(build, { work: null }), duration: days(6), version: 4 };
    const fix = fieldsToMatch(shown, saved);
    expect(fix).toMatchObject({ duration: days(6), deadline: null, work: null });
    expect(fix).not.toHaveProperty("position");
    const { version: _v, ...expected } = saved;
    const { version: _w, ...matched } = { ...withFields(shown, fix), version: 0 };
    expect(matched).toEqual(expected);
  });

  it("places a saved link after the saved links with smaller ids, as the server orders them", () => {
    const link = (id: string): LinkRecord => ({
      id,
      from: "a",
      to: "b",
      type: "FS",
      lag: days(0),
      version: 1,
    });
    const list = [link("1f"), link("3a"), link(`${UNSAVED_LINK}1`), link("9c")];
    expect(linkPosition(list, "00")).toBe(0);
    expect(linkPosition(list, "4b")).toBe(2);
    expect(linkPosition(list, "ff")).toBe(3);
  });
});
