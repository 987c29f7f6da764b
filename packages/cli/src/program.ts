import { Command, Option } from "commander";
import { check } from "./commands/check.js";
import { critical } from "./commands/critical.js";
import { SCHEDULE_FORMATS, type ScheduleFormat, schedule } from "./commands/schedule.js";
import type { ExitCode } from "./exit-code.js";
import type { Output } from "./output.js";
import { cliVersion } from "./version.js";

const PLAN_ARGUMENT = "a Keel YAML plan (.yaml, .yml) or a PSPLIB instance (.sm)";

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
Exit codes: 0 ok, 1 the plan has errors or misses a deadline, 2 usage error, 70 internal error.

Examples:
  keel check plan.yaml
  keel schedule plan.yaml --format json
  keel critical plan.yaml`,
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

  return program;
}
