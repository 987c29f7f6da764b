import { readdirSync, readFileSync } from "node:fs";
import { readPlan } from "@keel/formats";
import { accounts, type Store } from "@keel/store";
import { hashPassword } from "./auth/passwords.js";
import { newSecret } from "./auth/secrets.js";

export const DEMO_EMAIL = "demo@keel.local";
const EXAMPLES = new URL("../../../examples/", import.meta.url);

export interface DemoSignIn {
  readonly email: string;
  readonly password: string;
  readonly workspaceId: string;
  readonly projects: number;
}

/**
 * Seeds a demo workspace holding the example plans, signed into by a demo account whose password is
 * new on every start (printed on the console). Running it again reuses the workspace.
 */
export async function seedDemo(store: Store): Promise<DemoSignIn> {
  const password = newSecret().slice(0, 16);
  const passwordHash = await hashPassword(password);
  const existing = await accounts.credentialsByEmail(store.db, DEMO_EMAIL);
  const user =
    existing?.user ??
    (await accounts.createUser(store.db, null, { email: DEMO_EMAIL, name: "Demo", passwordHash }));
  if (existing !== undefined)
    await store.db.transaction((tx) => accounts.setPassword(tx, null, user.id, passwordHash));
  const workspaces = await accounts.workspacesOf(store.db, user.id);
  const workspace =
    workspaces.find((w) => w.name === "Demo") ??
    (await store.db.transaction((tx) => accounts.createWorkspace(tx, user.id, "Demo")));
  const present = new Set(
    (await store.projectsOf(user.id))
      .filter((p) => p.workspaceId === workspace.id)
      .map((p) => p.project.name),
  );
  let projects = present.size;
  for (const file of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const { plan } = readPlan(readFileSync(new URL(file, EXAMPLES), "utf8"), `examples/${file}`);
    if (present.has(plan.project.name)) continue;
    await store.createProjectFromPlan(user.id, workspace.id, plan);
    projects++;
  }
  return { email: DEMO_EMAIL, password, workspaceId: workspace.id, projects };
}
