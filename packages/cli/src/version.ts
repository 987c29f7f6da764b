import { readFileSync } from "node:fs";

/** The CLI's version from its package.json, which sits one level above both src/ and dist/. */
export function cliVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg ? String(pkg.version) : "unknown";
}
