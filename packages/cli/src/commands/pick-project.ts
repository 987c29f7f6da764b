import type { Store } from "@keel/store";
import { UsageError } from "../usage-error.js";

interface ProjectRow {
  readonly id: string;
  readonly name: string;
}

/** The project `--project` names, by id or by name; a usage error lists the choices otherwise. */
export async function pickProject(store: Store, wanted: string): Promise<ProjectRow> {
  const all = await store.db.query<ProjectRow>("SELECT id::text AS id, name FROM projects ORDER BY name, id");
  const needle = wanted.trim();
  const byId = all.filter((p) => p.id.toLowerCase() === needle.toLowerCase());
  const matches = byId.length > 0 ? byId : all.filter((p) => p.name === needle);
  if (matches.length === 1) return matches[0] as ProjectRow;
  const listing = (rows: readonly ProjectRow[]) => rows.map((p) => `  ${p.id}  ${p.name}`).join("\n");
  if (matches.length > 1) {
    throw new UsageError(
      `${matches.length} projects are named "${wanted}"; choose one by id:\n${listing(matches)}`,
    );
  }
  if (all.length === 0) throw new UsageError("there are no projects in this database");
  throw new UsageError(`no project has the id or name "${wanted}"; the projects are:\n${listing(all)}`);
}
