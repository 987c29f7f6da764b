import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type DateOrder, formatJiraImportReport, JiraCsvError, readJiraCsv } from "@keel/formats";
import { DEFAULT_AGILE_SETTINGS } from "@keel/model";
import { importJira } from "@keel/server";
import { ValidationError } from "@keel/store";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { printable } from "../render/printable.js";
import { UsageError } from "../usage-error.js";
import { type OpenStore, withStore } from "./open-store.js";
import { pickProject } from "./pick-project.js";

export interface JiraImportFlags {
  /** Import into this project (id or name) of the database keel serve uses; a report only without it. */
  readonly project?: string | undefined;
  /** `Jira status=workflow-status-id`, for statuses the workflow does not name. */
  readonly statusMap?: readonly string[] | undefined;
  /** How to read dates such as 06-09-2024 when the file alone cannot tell. */
  readonly dateOrder?: DateOrder | undefined;
}

/** Rows between progress lines on stderr: a 100,000-row export reports ten times. */
const PROGRESS_EVERY = 10_000;

function statusMap(pairs: readonly string[] = []): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf("=");
    if (at <= 0 || at === pair.length - 1) {
      throw new UsageError(
        `--status-map "${pair}": expected "Jira status=workflow-status-id", e.g. "In QA=review"`,
      );
    }
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}

async function openCsv(file: string) {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a Jira CSV export`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  return createReadStream(file);
}

/**
 * `keel import export.csv [--project P]`: reads a Jira "Export CSV" file and prints how it maps
 * (types, statuses, estimates, sprints, what was approximated); with --project, stores it in that
 * project's backlog, updating items already imported by key. Exit 1 when the file cannot be read,
 * with nothing stored.
 */
export async function importJiraFile(
  file: string,
  flags: JiraImportFlags,
  output: Output,
  open: OpenStore,
): Promise<ExitCode> {
  const map = statusMap(flags.statusMap);
  let reported = 0;
  const onProgress = (rows: number) => {
    if (rows % PROGRESS_EVERY !== 0 || rows === reported) return;
    reported = rows;
    output.err(`read ${rows.toLocaleString("en-US")} rows…\n`);
  };
  // The report is several lines; each is made safe for the terminal on its own.
  const lines = (text: string) => `${text.split("\n").map(printable).join("\n")}\n`;
  const failed = (error: unknown): ExitCode => {
    if (error instanceof ValidationError) {
      throw new UsageError(
        `--status-map: ${error.fields.map((f) => `${f.path.replace(/^statusMap\./, "")}: ${f.message}`).join("; ")}`,
      );
    }
    // A status map naming a status the workflow lacks: the command line is wrong, not the file.
    if (error instanceof RangeError) throw new UsageError(`--status-map: ${error.message}`);
    if (!(error instanceof JiraCsvError)) throw error;
    output.err(`keel: ${printable(error.message)}\n`);
    return ExitCode.planFailed;
  };
  if (flags.project === undefined) {
    try {
      const imported = await readJiraCsv(await openCsv(file), {
        workflow: DEFAULT_AGILE_SETTINGS.workflow,
        statusMap: map,
        file,
        onProgress,
        ...(flags.dateOrder === undefined ? {} : { dateOrder: flags.dateOrder }),
      });
      output.out(lines(formatJiraImportReport(imported.report)));
      return ExitCode.ok;
    } catch (error) {
      return failed(error);
    }
  }
  const wanted = flags.project;
  return withStore(open, { existing: true }, output, async (store) => {
    const project = await pickProject(store, wanted);
    try {
      const result = await importJira(store, null, project.id, await openCsv(file), {
        statusMap: map,
        file,
        onProgress,
        dateOrder: flags.dateOrder,
      });
      output.out(lines(result.text));
      output.err(
        `Imported ${result.items} items into "${project.name}": ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged; ${result.sprints} new sprint${result.sprints === 1 ? "" : "s"}.\n`,
      );
      if (result.unmappedStatuses.length > 0) {
        output.err(
          `Statuses placed by a guess: ${result.unmappedStatuses.join(", ")}. Map them with --status-map "Jira status=workflow-status-id" and import again.\n`,
        );
      }
      return ExitCode.ok;
    } catch (error) {
      return failed(error);
    }
  });
}
