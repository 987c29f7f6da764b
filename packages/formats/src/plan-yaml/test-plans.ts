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

/** A RAID log with every kind of entry and every plan edit op, on risk scales of the project's own. */
export const RAID_PLAN = `project:
  name: Checkout
  start: 2027-03-01
  riskScales:
    probability: [{ label: Low, chance: 20% }, { label: Medium, chance: 0.5 }, { label: High, chance: 0.8 }]
    impact: [{ label: Minor }, { label: Major }]
resources: [{ id: ana }]
tasks:
  - id: payments
    tasks:
      - { id: integrate, duration: 8d }
      - { id: certify, duration: 2d, after: [integrate] }
  - { id: launch, milestone: true, after: [payments] }
risks:
  - id: sdk
    name: Payments SDK late
    probability: 3
    impact: 2
    delay: 5d
    tasks: [integrate]
    strategy: mitigate
    actions: [{ action: Build against the sandbox, owner: ana, due: 2027-03-04 }]
    residual: { probability: 1, impact: 2 }
assumptions:
  - id: sandbox
    name: The vendor's sandbox matches production
    description: Same API version and limits.
    owner: ana
    validateBy: 2027-03-10
    status: valid
    tasks: [integrate]
  - { id: traffic }
issues:
  - id: flaky-ci
    name: CI fails one run in five
    description: Timeouts in the browser tests.
    severity: high
    owner: ana
    due: 2027-03-05
    escalation: project
    status: resolved
    resolution: Retries and a faster runner.
    tasks: [integrate, certify]
    raised: 2027-03-01
  - { id: laptops }
dependencies:
  - id: api
    name: Payments API v2
    provider: Platform team
    owner: ana
    needed: 2027-03-08
    expected: 2027-03-12
    delivered: 2027-03-11
    status: delivered
    tasks: [payments]
  - { id: keys, provider: Vendor, needed: 2027-03-02 }
changes:
  - id: wallets
    name: Add wallet payments
    requester: Sales
    reason: Three large customers asked for it.
    description: Apple Pay and Google Pay.
    status: approved
    edits:
      - op: addTask
        task: { id: wallet, parent: payments, duration: 5d, estimate: 3d/5d/9d }
      - { op: addTask, task: { id: wallet-review, name: Wallet review, work: 2d, constraint: SNET 2027-03-15 } }
      - { op: updateTask, id: certify, set: { duration: 3d, deadline: null, priority: 800, constraint: ASAP } }
      - { op: addLink, link: { from: wallet, to: certify, type: SS, lag: 1d } }
      - { op: addLink, link: { from: wallet-review, to: launch } }
      - { op: assign, assignment: { task: wallet, resource: ana, units: 50% } }
      - { op: unassign, task: integrate, resource: ana }
      - { op: removeLink, from: integrate, to: certify }
      - { op: removeTask, id: launch }
    decision:
      status: approved
      by: Dana
      at: 2027-03-03T10:00:00Z
      why: Worth two weeks.
      impact: { finishBefore: 2027-03-12, finishAfter: 2027-03-19, finishDays: 5, costBefore: 1000, costAfter: 1800 }
      rebaselined: true
  - { id: later, requester: Ops, reason: Nice to have }
`;
