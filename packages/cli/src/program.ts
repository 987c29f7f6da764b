import { Command, Option } from "commander";
import { resetPassword } from "./commands/admin.js";
import { type BacktestFlags, backtest } from "./commands/backtest.js";
import { CAPACITY_FORMATS, type CapacityFlags, capacity } from "./commands/capacity.js";
import {
  type BulletFlags,
  CAREER_FORMATS,
  careerBullet,
  careerEligibility,
  careerMatch,
  type EligibilityFlags,
  type MatchFlags,
} from "./commands/career.js";
import { CHANGE_FORMATS, type ChangeFlags, change } from "./commands/change.js";
import { check } from "./commands/check.js";
import { critical } from "./commands/critical.js";
import { EVM_FORMATS, type EvmFlags, evm } from "./commands/evm.js";
import { EXPORT_FORMATS, type ExportFormat, exportPlan } from "./commands/export.js";
import {
  FORECAST_DISTRIBUTIONS,
  FORECAST_FORMATS,
  type ForecastFlags,
  forecast,
} from "./commands/forecast.js";
import { importPlan } from "./commands/import.js";
import { importJiraFile } from "./commands/jira-import.js";
import { LEVEL_FORMATS, LEVEL_MODES, type LevelFlags, level } from "./commands/level.js";
import { LOAD_FORMATS, type LoadFlags, load } from "./commands/load.js";
import { storeFromEnv } from "./commands/open-store.js";
import { RAID_FORMATS, type RaidFlags, raid } from "./commands/raid.js";
import { SCHEDULE_FORMATS, type ScheduleFormat, schedule } from "./commands/schedule.js";
import { serve } from "./commands/serve.js";
import { SPRINT_FORMATS, type SprintReportFlags, sprintReportCommand } from "./commands/sprint.js";
import { STATUS_FORMATS, type StatusFlags, status } from "./commands/status.js";
import {
  THROUGHPUT_FORMATS,
  THROUGHPUT_SAMPLINGS,
  type ThroughputFlags,
  throughput,
} from "./commands/throughput.js";
import { workspaceExport, workspaceImport } from "./commands/workspace.js";
import type { ExitCode } from "./exit-code.js";
import type { Output } from "./output.js";
import { cliVersion } from "./version.js";

const PLAN_ARGUMENT =
  "a Keel YAML plan (.yaml, .yml), Microsoft Project XML (.xml), a task CSV (.csv) or a PSPLIB instance (.sm)";

/**
 * Builds the `keel` command tree. Commander throws instead of exiting (exitOverride) and writes
 * through `output`, so the whole CLI runs in-process in tests; each action reports its exit code.
 */
export function buildProgram(output: Output, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command("keel")
    .description("Keel: plan-as-code for technical project managers. Check and schedule plans kept in git.")
    .version(cliVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .showHelpAfterError("(run keel --help for usage)")
    .addHelpText(
      "after",
      `
Exit codes: 0 ok, 1 the plan (or import file) has errors or misses a deadline, 2 usage error,
69 the server cannot start or the database cannot be opened, 70 internal error.

Examples:
  keel check plan.yaml
  keel schedule plan.yaml --format json
  keel critical plan.yaml
  keel serve --demo
  keel workspace export > workspace.json`,
    );

  program
    .command("check")
    .description("validate and schedule a plan; exit 1 on errors or a missed deadline (for CI)")
    .argument("<plan>", PLAN_ARGUMENT)
    .addHelpText(
      "after",
      `
Prints one line per problem as file:line:column: error|warning: message, then a summary.
A missed deadline counts as an error here, so a CI build fails on it.`,
    )
    .action(async (file: string) => setExitCode(await check(file, output)));

  program
    .command("schedule")
    .description("schedule a plan and print each task's dates, float and criticality")
    .argument("<plan>", PLAN_ARGUMENT)
    .addOption(
      new Option("-f, --format <format>", "output format").choices(SCHEDULE_FORMATS).default("table"),
    )
    .addHelpText(
      "after",
      `
table: id (indented under its summary task), name, start, finish, total float in working days,
       * for critical tasks; then the project's start, finish, length and warnings.
json:  the full schedule: project, tasks (dates, float in minutes, critical), criticalPaths, warnings.
csv:   a header row and one row per task, with the same field names as json.`,
    )
    .action(async (file: string, options: { format: ScheduleFormat }) =>
      setExitCode(await schedule(file, options.format, output)),
    );

  program
    .command("critical")
    .description("print the critical path(s): the chains of tasks that decide the finish date")
    .argument("<plan>", PLAN_ARGUMENT)
    .addHelpText(
      "after",
      `
Prints each critical path as a chain (design → build → ga), then its tasks' dates; the longest
path comes first. Warnings such as a missed deadline go to stderr.`,
    )
    .action(async (file: string) => setExitCode(await critical(file, output)));

  program
    .command("raid")
    .description("the RAID log: risks by exposure, heat maps before and after response, what needs attention")
    .argument("<plan>", PLAN_ARGUMENT)
    .option("--today <date>", "the day overdue reviews and dates are judged on (default: today)")
    .addOption(new Option("-f, --format <format>", "output format").choices(RAID_FORMATS).default("table"))
    .addHelpText("after", "\nRisks, assumptions, issues and dependencies live in the plan; see docs/raid.md.")
    .action(async (file: string, options: RaidFlags) => setExitCode(await raid(file, options, output)));

  program
    .command("change")
    .description(
      "impact of a change request in the plan's `changes:`: finish, P80 and cost moves, critical path",
    )
    .argument("<plan>", PLAN_ARGUMENT)
    .argument("<id>", "the change request's id")
    .option(
      "-n, --iterations <n>",
      "iterations of each side's forecast for the P80 move; 0 for none (default 2000)",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(CHANGE_FORMATS).default("table"))
    .addHelpText(
      "after",
      "\nNothing is changed. Edits that no longer fit the plan are named on stderr; see docs/raid.md.",
    )
    .action(async (file: string, id: string, options: ChangeFlags) =>
      setExitCode(await change(file, id, options, output)),
    );

  program
    .command("evm")
    .description("earned value and earned schedule as of the status date: PV, EV, AC, SPI, CPI, EAC, SPI(t)…")
    .argument("<plan>", PLAN_ARGUMENT)
    .option("--as-of <date>", "the status date (default: the plan's project.statusDate)")
    .addOption(
      new Option("--period <period>", "period of earned schedule").choices(["day", "week"]).default("day"),
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(EVM_FORMATS).default("table"))
    .addHelpText(
      "after",
      `
The baseline is the plan as planned: the same file with its progress left out. json: asOf, basis,
project {PV, EV, AC, BAC, SV, CV, SPI, CPI, EAC, EAC_CPI, EAC_CPI_SPI, EAC_bottomUp, ETC, VAC, TCPI,
ES, AT, SPIt, SVt, IEACt}, tasks (the same per task), curve. See docs/tracking.md.`,
    )
    .action(async (file: string, options: EvmFlags) => setExitCode(await evm(file, options, output)));

  program
    .command("status")
    .description(
      "status report for leadership: RAG with its reasons, summary, done, blocked, changed, risks, asks, next",
    )
    .argument("<plan>", PLAN_ARGUMENT)
    .option("--as-of <date>", "the status date (default: the plan's project.statusDate)")
    .option("--period <length>", "reporting period ending on the status date: 1w, 2w, 10d (default 1w)")
    .option(
      "--baseline <file>",
      "a saved baseline as JSON (as the API returns it); default: the plan as planned",
    )
    .option("--no-baseline", "report without a baseline: no slips, earned value or scope changes")
    .option(
      "-n, --iterations <n>",
      "forecast iterations for P50/P80 when the plan has estimates or risk delays; 0 for none (default 2000)",
    )
    .addOption(new Option("-f, --format <format>", "output format").choices(STATUS_FORMATS).default("text"))
    .option("-o, --output <file>", "write to this file (default: stdout; pdf needs one)")
    .addHelpText(
      "after",
      `
text: plain text for chat or email.   md: Markdown.   html: one self-contained page, for print too.
pdf:  the HTML printed to A4 by Chromium (KEEL_CHROMIUM, default /usr/bin/chromium); needs -o.
json: the report as data: overall and per-area RAG with the rule behind each reason, summary,
      milestones, done, inProgress, blocked, changed, topRisks, asks, next, metrics.
A plan file has no saved baseline: the plan as planned (its progress left out) stands in, as for
keel evm. Exit 69 when the PDF cannot be made for lack of Chromium. See docs/status-reports.md.`,
    )
    .action(async (file: string, options: StatusFlags) => setExitCode(await status(file, options, output)));

  program
    .command("forecast")
    .description("Monte Carlo over three-point estimates: P50/P80 finish, deadline odds, criticality")
    .argument("<plan>", PLAN_ARGUMENT)
    .option("-n, --iterations <n>", "iterations to run (default 10000)")
    .option("--seed <s>", "random seed, 0 to 4294967295; the same seed gives the same output (default 1)")
    .option("--uncertainty <percent>", "spread tasks without an estimate by ±percent (default 0: fixed)")
    .option(
      "--threads <n>",
      "threads for the iterations, forced (default: by the plan's size, one for small plans); same output for any n",
    )
    .addOption(
      new Option("--distribution <kind>", "how estimates are sampled")
        .choices(FORECAST_DISTRIBUTIONS)
        .default("triangular"),
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(FORECAST_FORMATS).default("table"),
    )
    .addHelpText(
      "after",
      `
table: finish percentiles (P10…P95), milestones, the probability of meeting each deadline, and the
       top tasks by criticality and by sensitivity (a text tornado).
json:  iterations, finish {p10…p95}, deadlines [{id, probability}], tasks [{id, criticality,
       sensitivity}], plus histogram, milestones, risks. See docs/forecasting.md.`,
    )
    .action(async (file: string, options: ForecastFlags) =>
      setExitCode(await forecast(file, options, output)),
    );

  program
    .command("level")
    .description("level resources: move tasks so nobody is over-allocated, and say why each moved")
    .argument("<plan>", PLAN_ARGUMENT)
    .addOption(
      new Option("-m, --mode <mode>", "delay: only delay, by priority; optimise: shortest finish")
        .choices(LEVEL_MODES)
        .default("delay"),
    )
    .option("--budget-ms <ms>", "time budget of the optimise search in milliseconds")
    .option("--max-schedules <n>", "schedules the optimise search may try (default 50000)")
    .option("--seed <s>", "random seed of the optimise search; the same seed gives the same result")
    .option("--within-float", "level within available float only: never move the finish", false)
    .addOption(new Option("-f, --format <format>", "output format").choices(LEVEL_FORMATS).default("table"))
    .addHelpText(
      "after",
      `
table: every moved task with its reason (\`build\` +3d: alice is on \`migrate\` …), then the
       leveled schedule and the finish before and after.
json:  the same shape as \`keel schedule --format json\` with the leveled dates, plus \`moves\`
       [{task, from, to, delayMinutes, reason}] and \`leveling\` {mode, finishBefore, schedules,
       lowerBound, provedOptimal, stoppedBy, unresolved}.
Moved tasks get a start-no-earlier-than date; priority 1000 and must-start/finish-on tasks never move.
PSPLIB .sm files are plans with their renewable resources. See docs/resources.md.`,
    )
    .action(async (file: string, options: LevelFlags) => setExitCode(await level(file, options, output)));

  program
    .command("load")
    .description("resource load: demand against capacity, and over-allocated periods with their tasks")
    .argument("<plan>", PLAN_ARGUMENT)
    .addOption(new Option("--by <period>", "period length").choices(["day", "week"]).default("day"))
    .addOption(new Option("-f, --format <format>", "output format").choices(LOAD_FORMATS).default("table"))
    .action(async (file: string, options: LoadFlags) => setExitCode(await load(file, options, output)));

  program
    .command("capacity")
    .description("capacity plan: available hours against demand per person and week, as a heat map")
    .argument("<plan>", PLAN_ARGUMENT)
    .addOption(new Option("--by <period>", "period length").choices(["day", "week"]).default("week"))
    .option("--focus <share>", "share of working time for planned work, such as 0.8 or 80% (default 1)")
    .option("--from <date>", "first day (default: the project start)")
    .option("--to <date>", "last day (default: the project finish)")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(CAPACITY_FORMATS).default("table"),
    )
    .action(async (file: string, options: CapacityFlags) =>
      setExitCode(await capacity(file, options, output)),
    );

  const ITEMS_ARGUMENT = "a CSV of work items with created and finished dates (YYYY-MM-DD)";
  const SAMPLING_OPTION = () =>
    new Option(
      "--sampling <how>",
      "draw blocks of consecutive days (default), single days, or whole weeks",
    ).choices(THROUGHPUT_SAMPLINGS);
  program
    .command("throughput")
    .description("forecast from past throughput: when N items will be done, or how many by a date")
    .argument("<items.csv>", ITEMS_ARGUMENT)
    .option("--remaining <n>", "when will n remaining items be done?")
    .option("--by <date>", "how many items by the end of this date (YYYY-MM-DD)?")
    .option("--as-of <date>", "forecast start (default: the day after the last finish)")
    .option("--window <days>", "days of history before the start to sample (default 252)")
    .addOption(SAMPLING_OPTION())
    .option("--block <days>", "block sampling: days per block (default 28)")
    .option("--weekly", "the same as --sampling weekly", false)
    .option("--exclude-weekends", "weekends neither feed the samples nor finish items (not weekly)", false)
    .option("-n, --iterations <n>", "iterations to run (default 10000)")
    .option("--seed <s>", "random seed, 0 to 4294967295 (default 1)")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(THROUGHPUT_FORMATS).default("table"),
    )
    .addHelpText(
      "after",
      `
Rows finished before they were created, or with missing or unparsable dates, are dropped and
reported on stderr. P85 means: done by that date, or at least that many items, in 85 % of runs.
See docs/forecasting.md.`,
    )
    .action(async (file: string, options: ThroughputFlags) =>
      setExitCode(await throughput(file, options, output)),
    );

  program
    .command("backtest")
    .description("check the throughput forecast against history: P50/P85/P95 hit rates at 2/4/8 weeks")
    .argument("<items.csv>", ITEMS_ARGUMENT)
    .option("--window <days>", "days of history before each cut to sample (default 252)")
    .option("--step <days>", "days between cut dates (default 7)")
    .option("--from <date>", "first cut date (default: the first created date + the window)")
    .option("--to <date>", "last cut date (default: the last finish − 8 weeks)")
    .addOption(SAMPLING_OPTION())
    .option("--block <days>", "block sampling: days per block (default 28)")
    .option("--weekly", "the same as --sampling weekly", false)
    .option("--exclude-weekends", "weekends neither feed the samples nor finish items (not weekly)", false)
    .option("-n, --iterations <n>", "iterations per forecast (default 2000)")
    .option("--seed <s>", "random seed, 0 to 4294967295 (default 1)")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(THROUGHPUT_FORMATS).default("table"),
    )
    .action(async (file: string, options: BacktestFlags) =>
      setExitCode(await backtest(file, options, output)),
    );

  const career = program
    .command("career")
    .description("career hub: certification eligibility, resume bullet coach, job posting match")
    .addHelpText(
      "after",
      `
Profiles and evidence are YAML or JSON files in the career hub's shape (see examples/career-profile.yaml
and docs/career.md). Nothing leaves your machine: these commands read files and print.`,
    );
  career
    .command("eligibility")
    .description(
      "where a profile stands for each certification (PMP, CAPM, PMI-ACP, PRINCE2, CSM, PSM…) and a path",
    )
    .requiredOption("--profile <file>", "your career profile, YAML or JSON")
    .option("--today <date>", "judge the profile as of this day, YYYY-MM-DD (default: today)")
    .addOption(new Option("-f, --format <format>", "output format").choices(CAREER_FORMATS).default("table"))
    .addHelpText(
      "after",
      `
table: each certification with its status (held, eligible, not yet), what is still missing (months,
       hours, courses), the earliest month you can be eligible, and the month its facts were read;
       then the recommended path for your target roles, unconfirmed claims (never counted) and sources.
json:  {today, certifications, path} as the API answers GET /api/me/career/eligibility.
Exit 1 when the profile has errors: each names the file, line, column and field.`,
    )
    .action(async (options: EligibilityFlags) => setExitCode(await careerEligibility(options, output)));
  career
    .command("bullet")
    .description("check a resume bullet and suggest a rewrite with [placeholders] for your own numbers")
    .argument("<text>", "the bullet, in quotes")
    .addOption(new Option("-f, --format <format>", "output format").choices(CAREER_FORMATS).default("table"))
    .addHelpText(
      "after",
      `
table: the score of 100, each check with ✓ or ✗ and a hint for what failed, then a rewrite to review.
json:  {analysis, rewrite} as POST /api/career/bullet answers.`,
    )
    .action(async (text: string, options: BulletFlags) =>
      setExitCode(await careerBullet(text, options, output)),
    );
  career
    .command("match")
    .description("match a job posting against your profile and evidence: found, missing, and where")
    .argument("<posting>", "the posting as a text file")
    .option("--profile <file>", "your career profile, YAML or JSON")
    .option("--evidence <file>", "your evidence entries, a YAML or JSON list")
    .addOption(new Option("-f, --format <format>", "output format").choices(CAREER_FORMATS).default("table"))
    .addHelpText(
      "after",
      `
table: the score with its parts (qualifications weigh most, keywords at most a fifth), the title, each
       qualification and responsibility found or missing and where, certifications, keywords, and the
       evidence to show first. Exit 1 for an empty posting or one over 60,000 characters.`,
    )
    .action(async (file: string, options: MatchFlags) =>
      setExitCode(await careerMatch(file, options, output)),
    );

  program
    .command("import")
    .description(
      "convert Microsoft Project XML (MSPDI) to a Keel plan, or bring a Jira CSV export into a project's backlog",
    )
    .argument("<file>", "a Microsoft Project XML file (.xml) or a Jira 'Export CSV' file (.csv)")
    .option(
      "--report",
      "MSPDI: print what was imported exactly, approximated or dropped, per field family",
      false,
    )
    .option(
      "-o, --output <plan.yaml>",
      "MSPDI: write the Keel plan YAML to this file (default: stdout, unless --report)",
    )
    .option(
      "--project <id|name>",
      "Jira CSV: store the items in this project of the database keel serve uses (without it: report only)",
    )
    .option(
      "--status-map <jira=status>",
      'Jira CSV: map a Jira status to a workflow status id, e.g. "In QA=review" (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .addOption(
      new Option(
        "--date-order <order>",
        "Jira CSV: read dates like 06-09-2024 this way when the file cannot tell",
      ).choices(["month-first", "day-first"]),
    )
    .addHelpText(
      "after",
      `
keel schedule and keel check read .xml files directly; import turns one into a plan file you can
keep in git. Exit 1 when the file is not Microsoft Project XML (or is unsafe: DTDs are refused).

A .csv file is read as a Jira export: issue types, statuses (mapped to the project's workflow),
story points, epics, sprints and labels. It prints what came across and what was approximated;
with --project it stores the items, and importing the file again updates them by issue key.
Exit 1 when the file is not a Jira export or cannot be read; nothing is stored then.`,
    )
    .action(
      async (
        file: string,
        options: {
          report: boolean;
          output?: string;
          project?: string;
          statusMap?: string[];
          dateOrder?: "month-first" | "day-first";
        },
      ) =>
        setExitCode(
          file.toLowerCase().endsWith(".csv")
            ? await importJiraFile(file, options, output, storeFromEnv())
            : await importPlan(file, options, output),
        ),
    );

  const sprint = program
    .command("sprint")
    .description("sprints of a project in the database keel serve uses");
  sprint
    .command("report")
    .description("a sprint's capacity, burndown and burn-up by day, committed against completed, carry-over")
    .argument("<sprint>", "the sprint's id (S1) or name")
    .requiredOption("--project <id|name>", "the project the sprint belongs to")
    .option("--today <date>", "the day a running sprint is reported as of (default: today)")
    .addOption(new Option("-f, --format <format>", "output format").choices(SPRINT_FORMATS).default("text"))
    .action(async (id: string, options: SprintReportFlags) =>
      setExitCode(await sprintReportCommand(id, options, output, storeFromEnv())),
    );

  program
    .command("export")
    .description(
      "convert a plan to Microsoft Project XML, CSV, iCalendar, a Mermaid gantt chart or Keel YAML",
    )
    .argument("<plan>", PLAN_ARGUMENT)
    .addOption(new Option("-t, --to <format>", "output format").choices(EXPORT_FORMATS).makeOptionMandatory())
    .option("-o, --output <file>", "write to this file (default: stdout)")
    .addHelpText(
      "after",
      `
mspdi:   Microsoft Project XML, with Keel's scheduled dates.
csv:     one row per task (id, name, parent, milestone, duration, estimate, work, constraint,
         constraint date, deadline, calendar, predecessors, resources, priority, notes); keel schedule
         reads it back. Resource details (units, calendars, time off) and risks stay in the YAML.
ical:    an all-day event per milestone (on its scheduled date) and per deadline, for calendar apps.
mermaid: a Mermaid gantt chart: a section per summary task, crit on critical tasks.
yaml:    the Keel plan file format.
Exit 1 when the plan cannot be read, or, for mspdi, ical and mermaid, cannot be scheduled.`,
    )
    .action(async (file: string, options: { to: ExportFormat; output?: string }) =>
      setExitCode(await exportPlan(file, options, output)),
    );

  program
    .command("serve")
    .description("run the Keel server: web app and REST API, embedded database unless DATABASE_URL is set")
    .option("--demo", "seed a demo workspace with the example plans and print a demo sign-in", false)
    .option("-p, --port <port>", "port to listen on (default: PORT or 4600)")
    .addHelpText(
      "after",
      `
Environment:
  PORT              port to listen on (4600)
  KEEL_DATA_DIR     embedded database directory (./.keel-data)
  DATABASE_URL      postgres://user:password@host:5432/db to use a PostgreSQL server instead
  KEEL_PUBLIC_URL   the address users reach Keel at, for printed links
  KEEL_TRUST_PROXY  1 behind a reverse proxy that sets X-Forwarded-Proto/-For

On first start it prints a one-time link to create the first owner. See docs/deploy.md.`,
    )
    .action(async (options: { demo: boolean; port?: string }) =>
      setExitCode(await serve(options, output, stopSignal())),
    );

  const workspace = program
    .command("workspace")
    .description("export a workspace to JSON, or import one as a new workspace (backups, moving servers)")
    .addHelpText(
      "after",
      `
Works directly on the database keel serve uses (DATABASE_URL, or the embedded database in
KEEL_DATA_DIR). The embedded database allows one process at a time: stop keel serve first.`,
    );
  workspace
    .command("export")
    .description("print a workspace as JSON: members, projects, every plan item, baselines")
    .option("-w, --workspace <id|name>", "the workspace to export (needed when there are several)")
    .action(async (options: { workspace?: string }) =>
      setExitCode(await workspaceExport(options, output, storeFromEnv())),
    );
  workspace
    .command("import")
    .description("create a new workspace from an export; all or nothing")
    .argument("<file>", "a JSON file written by keel workspace export")
    .option("--name <name>", "name the new workspace (default: the exported name)")
    .addHelpText(
      "after",
      `
Members are matched to accounts by email. Missing accounts are created without a password; give
them one with keel admin reset-password <email>. Exit 1 when the file is invalid (each problem
names its JSON path, e.g. projects[0].tasks[3].duration); nothing is stored then.`,
    )
    .action(async (file: string, options: { name?: string }) =>
      setExitCode(await workspaceImport(file, options, output, storeFromEnv())),
    );

  const admin = program.command("admin").description("administer accounts on the database keel serve uses");
  admin
    .command("reset-password")
    .description("give an account a new password and sign it out everywhere")
    .argument("<email>", "the account's email")
    .option("--password-stdin", "read the new password from stdin instead of generating one", false)
    .addHelpText(
      "after",
      `
Without --password-stdin a random password is generated and printed once on stdout.
Exit 1 when no account has that email. Stop keel serve first when it uses the embedded database.`,
    )
    .action(async (email: string, options: { passwordStdin: boolean }) =>
      setExitCode(await resetPassword(email, options, output, storeFromEnv(), readStdin)),
    );

  return program;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Resolves on Ctrl+C or SIGTERM (what service managers and container runtimes send). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
