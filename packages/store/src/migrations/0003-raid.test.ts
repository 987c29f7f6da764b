import { riskSchema } from "@keel/model";
import { describe, expect, it } from "vitest";
import { migrate } from "../migrate.js";
import { PGliteDatabase } from "../pglite/pglite-database.js";
import { upgradeRisk } from "../risk-upgrade.js";
import { MIGRATIONS } from "./index.js";

const OLD_RISK = {
  name: "SDK late",
  probability: 0.45,
  impact: { value: 5, unit: "d", elapsed: false },
  tasks: ["build"],
};
const UPGRADED = {
  name: "SDK late",
  kind: "threat",
  status: "open",
  probability: 3,
  impact: 3,
  chance: 0.45,
  delay: { value: 5, unit: "d", elapsed: false },
  tasks: ["build"],
};

describe("risks stored before the RAID register", () => {
  it("migration 3 keeps their chance and delay and scores them on the default scale", async () => {
    const db = await PGliteDatabase.open();
    try {
      await migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 2),
      );
      const [ws] = await db.query<{ id: string }>("INSERT INTO workspaces (name) VALUES ('W') RETURNING id");
      const [project] = await db.query<{ id: string }>(
        "INSERT INTO projects (workspace_id, name, data) VALUES ($1, 'P', '{}') RETURNING id",
        [ws?.id],
      );
      await db.query("INSERT INTO risks (project_id, id, data) VALUES ($1, 'sdk', $2)", [
        project?.id,
        JSON.stringify(OLD_RISK),
      ]);
      await migrate(db);
      const [row] = await db.query<{ data: object }>("SELECT data FROM risks WHERE id = 'sdk'");
      expect(row?.data).toEqual(UPGRADED);
      expect(riskSchema.safeParse({ id: "sdk", ...UPGRADED }).success).toBe(true);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("workspace files written before it are upgraded by the same rule on import", () => {
    expect(upgradeRisk(OLD_RISK)).toEqual(UPGRADED);
    expect(upgradeRisk({ ...OLD_RISK, probability: 1 })).toMatchObject({ probability: 5, chance: 1 });
    expect(upgradeRisk({ ...OLD_RISK, probability: 0 })).toMatchObject({ probability: 1, chance: 0 });
    // Already a register entry: left alone.
    expect(upgradeRisk({ id: "x", ...UPGRADED })).toEqual({ id: "x", ...UPGRADED });
  });
});
