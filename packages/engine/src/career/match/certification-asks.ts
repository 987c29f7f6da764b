import { findCertifications, holds } from "./certification-finder.js";
import { certificationNeed, type Need } from "./need.js";
import type { PostingItem, SectionKind } from "./split-posting.js";

/** A certification the posting names, whether it asks for it or would like it, and whether it is held. */
export interface CertificationAsk {
  readonly id: string;
  readonly name: string;
  /** As the posting writes it. */
  readonly written: string;
  readonly need: Need;
  readonly held: boolean;
  /** Ids of certifications the posting accepts instead ("CSM or PSM"). */
  readonly alternatives: readonly string[];
  /** Held, or one of its alternatives is. */
  readonly satisfied: boolean;
  readonly line: number;
}

const ALTERNATIVES = /\bor\b|\//i;

/**
 * The certifications a posting names, each once with its strongest need. Certifications named
 * together with "or" are alternatives: holding one satisfies the others.
 */
export function certificationAsks(
  read: readonly { readonly kind: SectionKind; readonly item: PostingItem }[],
  held: ReadonlySet<string>,
): CertificationAsk[] {
  const asks = new Map<string, CertificationAsk>();
  for (const { kind, item } of read) {
    const named = findCertifications(item.text);
    const either = named.length > 1 && ALTERNATIVES.test(item.text);
    const eitherHeld = either && named.some((m) => holds(held, m.name));
    const need = certificationNeed(kind, item.text);
    for (const { name, written } of named) {
      const before = asks.get(name.id);
      if (before !== undefined && !(before.need === "preferred" && need === "required")) continue;
      const isHeld = holds(held, name);
      asks.set(name.id, {
        id: name.id,
        name: name.term,
        written,
        need,
        held: isHeld,
        alternatives: either ? named.map((m) => m.name.id).filter((id) => id !== name.id) : [],
        satisfied: isHeld || eitherHeld,
        line: item.line,
      });
    }
  }
  return [...asks.values()];
}

/** Each ask once for scoring, alternatives counted together as one ask. */
export function certificationGroups(asks: readonly CertificationAsk[]): { found: boolean; need: Need }[] {
  const groups = new Map<string, { found: boolean; need: Need }>();
  for (const a of asks) {
    const key = [a.id, ...a.alternatives].sort().join("|");
    const g = groups.get(key);
    groups.set(key, {
      found: a.satisfied || (g?.found ?? false),
      need: a.need === "required" || g?.need === "required" ? "required" : "preferred",
    });
  }
  return [...groups.values()];
}
