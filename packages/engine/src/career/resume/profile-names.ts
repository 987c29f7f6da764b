import type { CertificationId, TargetRoleId } from "@keel/model";
import { CERTIFICATION_NAMES } from "../data/words/certification-names.js";
import { ROLE_TITLES } from "../data/words/role-titles.js";

const titleCase = (s: string) =>
  s.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase());

/** "Technical Project Manager" for `technical-project-manager`. */
export function targetRoleTitle(role: TargetRoleId): string {
  const title = ROLE_TITLES.entries.find((t) => t.role === role)?.term ?? role.replace(/-/g, " ");
  return titleCase(title);
}

/** How a headline writes a held certification: "PMP", "CSM", "PRINCE2 Foundation". */
export function certificationLabel(id: CertificationId): string {
  const name = CERTIFICATION_NAMES.entries.find((c) => c.certificationId === id);
  return name?.short ?? name?.term ?? id;
}
