import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A small clean plan: one summary task, a float-carrying task, and a milestone. */
export const TINY_PLAN = `project: { name: Tiny launch, start: 2027-01-04 }
tasks:
  - id: eng
    name: Engineering
    tasks:
      - id: design
        name: API design
        duration: 5d
      - id: build
        name: Build, test
        duration: 3d
        after: [design]
  - id: docs
    name: Docs
    duration: 1d
    after: [design]
  - id: ga
    name: GA
    milestone: true
    after: [build, docs]
`;

/** The tiny plan with a deadline two working days before GA can happen. */
export const LATE_PLAN = TINY_PLAN.replace(
  "    after: [build, docs]\n",
  "    after: [build, docs]\n    deadline: 2027-01-11\n",
);

/** Three tasks that wait for each other; the cycle is reported at task `a` (line 3). */
export const CYCLE_PLAN = `project: { name: Cycle, start: 2027-01-04 }
tasks:
  - id: a
    duration: 1d
    after: [c]
  - id: b
    duration: 1d
    after: [a]
  - id: c
    duration: 1d
    after: [b]
`;

/** A misspelt predecessor on line 7. */
export const BAD_REFERENCE_PLAN = `project: { name: Typo, start: 2027-01-04 }
tasks:
  - id: design
    duration: 5d
  - id: build
    duration: 3d
    after: [desgn]
`;

/** A finish-no-later-than date the links cannot meet: a warning, not an error. */
export const CONFLICT_PLAN = `project: { name: Conflict, start: 2027-01-04 }
tasks:
  - id: design
    duration: 5d
  - id: build
    duration: 3d
    after: [design]
    constraint: FNLT 2027-01-11
`;

/** A PSPLIB instance of three jobs between a dummy source and sink; its critical path (MPM-Time) is 6 periods. */
export const PSPLIB_PLAN = `************************************************************************
file with basedata            : tiny.bas
initial value random generator: 1
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  5
horizon                       :  9
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      3      0        6        1        6
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           5
   4        1          1           5
   5        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     2       1
  3      1     3       1
  4      1     4       1
  5      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    2
************************************************************************
`;

/** A scratch directory of plan files, removed by `cleanup`. */
export async function planFiles(files: Record<string, string>): Promise<{
  path(name: string): string;
  cleanup(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "keel-cli-"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return {
    path: (name) => join(dir, name),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
