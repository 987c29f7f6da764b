/** Plan files shared by the plan-yaml tests. */

/** The minimum shape the format must read exactly (from the format's brief). */
export const EXAMPLE_PLAN = `project: { name: Beta to GA launch, start: 2027-01-04 }
calendar: { workweek: [mon, tue, wed, thu, fri], hours: ["09:00-12:00", "13:00-17:00"],
            holidays: [2027-01-18] }
tasks:
  - id: design
    name: API design
    duration: 5d
  - id: build
    duration: 3d/5d/9d
    after: [design]                           # FS, no lag
  - id: docs
    duration: 2d
    after: [{ task: design, type: SS, lag: 1d }]
  - id: ga
    milestone: true
    after: [build, docs]
    deadline: 2027-03-31
`;

/** Every key of the format at least once. */
export const FULL_PLAN = `# yaml-language-server: $schema=../schema/keel-plan.schema.json
project:
  name: Full
  start: 2027-01-04T09:30
  timeZone: Europe/Berlin
  calendar: night-shift
  hoursPerDay: 7.5
  hoursPerWeek: 37.5
  statusDate: 2027-02-01
calendar:
  id: office
  name: Office
  weekdayHours: { fri: ["09:00-13:00"] }
  holidays:
    - 2027-01-01
    - { date: 2027-05-01, name: Labour Day }
    - { from: 2027-12-24, to: 2027-12-31, name: Shutdown }
  exceptions:
    - { date: 2027-02-12 }
    - { date: 2027-02-13, name: Release Saturday, hours: ["10:00-14:00"] }
calendars:
  - id: night-shift
    base: office
    hours: ["22:00-24:00"]
  - id: weekend
    workweek: [sat, sun]
tasks:
  - id: phase
    name: Phase one
    constraint: { type: SNET, date: 2027-02-01 }
    tasks:
      - id: a
        duration: 30min
        calendar: weekend
        notes: |
          Two lines
          of notes.
      - id: b
        duration: 3ed
        constraint: FNLT 2027-03-01T17:00
        after: [{ task: a, lag: 50% }, { task: a, type: SF, lag: -1d }]
      - id: c
        duration: 2w/3w/5w
        constraint: ALAP
        after: [{ task: b, type: FF, lag: 4h }]
  - id: done
    duration: 0
    after: [phase]
  - id: launch
    milestone: true
    deadline: 2027-04-01
    after: [done]
`;
