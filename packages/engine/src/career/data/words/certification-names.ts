import type { CertificationId } from "@keel/model";
import type { Term, WordList } from "./word-list.js";

/** How a certification is written in postings and resumes. */
export interface CertificationName extends Term {
  /** Stable id for this name; the model's id where the career hub tracks the certification. */
  readonly id: string;
  readonly certificationId?: CertificationId | undefined;
  /** How a headline writes it, where shorter than `term` ("CSM"). */
  readonly short?: string | undefined;
  /**
   * Short forms that are other things too ("CSM" is also a customer success manager): counted only
   * next to a certification word or another certification.
   */
  readonly contextAliases?: readonly string[] | undefined;
  /** A family name ("PRINCE2", "SAFe certification") that any of these specific certifications satisfies. */
  readonly satisfiedBy?: readonly string[] | undefined;
}

/**
 * Names and aliases for recognising certifications in text. Eligibility and exam facts live in
 * ../certifications.ts; this list only says how the names are written.
 */
export const CERTIFICATION_NAMES: WordList<CertificationName> = {
  id: "certification-names",
  version: 1,
  asOf: "2026-11",
  source:
    "career-facts.md § Certification eligibility and exam facts (names as the certifying bodies write them); other names as written in PM job postings",
  entries: [
    {
      id: "PMP",
      certificationId: "PMP",
      term: "PMP",
      aliases: ["Project Management Professional"],
    },
    {
      id: "CAPM",
      certificationId: "CAPM",
      term: "CAPM",
      aliases: ["Certified Associate in Project Management"],
    },
    {
      id: "PMI-ACP",
      certificationId: "PMI-ACP",
      term: "PMI-ACP",
      aliases: ["PMI Agile Certified Practitioner", "PMI ACP"],
      contextAliases: ["ACP"],
    },
    {
      id: "PRINCE2-F",
      certificationId: "PRINCE2-F",
      term: "PRINCE2 Foundation",
      aliases: ["PRINCE2 7 Foundation", "PRINCE 2 Foundation", "PRINCE2-F"],
    },
    {
      id: "PRINCE2-P",
      certificationId: "PRINCE2-P",
      term: "PRINCE2 Practitioner",
      aliases: ["PRINCE2 7 Practitioner", "PRINCE 2 Practitioner", "PRINCE2-P"],
    },
    {
      id: "PRINCE2",
      term: "PRINCE2",
      aliases: ["PRINCE 2", "PRINCE2 7"],
      satisfiedBy: ["PRINCE2-F", "PRINCE2-P"],
    },
    {
      id: "CSM",
      certificationId: "CSM",
      short: "CSM",
      term: "Certified ScrumMaster",
      aliases: ["Certified Scrum Master"],
      contextAliases: ["CSM"],
    },
    {
      id: "PSM-I",
      certificationId: "PSM-I",
      short: "PSM I",
      term: "Professional Scrum Master",
      aliases: ["Professional Scrum Master I", "PSM I", "PSM 1", "PSM-I"],
      contextAliases: ["PSM"],
    },
    {
      id: "CSPO",
      term: "Certified Scrum Product Owner",
      contextAliases: ["CSPO"],
    },
    {
      id: "PROJECT-PLUS",
      certificationId: "PROJECT-PLUS",
      term: "CompTIA Project+",
      aliases: ["Project+", "PROJECT-PLUS"],
    },
    {
      id: "GOOGLE-PM",
      certificationId: "GOOGLE-PM",
      short: "Google PM Certificate",
      term: "Google Project Management Certificate",
      aliases: ["Google Project Management Professional Certificate", "Google PM Certificate", "GOOGLE-PM"],
    },
    {
      id: "ITIL4-F",
      certificationId: "ITIL4-F",
      term: "ITIL 4 Foundation",
      aliases: ["ITIL Foundation", "ITIL v4 Foundation", "ITIL4-F"],
    },
    {
      id: "ITIL",
      term: "ITIL",
      aliases: ["ITIL 4", "ITIL v4", "ITIL v3"],
      satisfiedBy: ["ITIL4-F"],
    },
    {
      id: "IPMA",
      certificationId: "IPMA",
      term: "IPMA",
      aliases: ["IPMA Level D", "IPMA Level C", "IPMA Level B", "IPMA Level A"],
    },
    {
      id: "SAFE-AGILIST",
      term: "SAFe Agilist",
      aliases: ["Certified SAFe Agilist", "Leading SAFe"],
      caseSensitive: true,
    },
    {
      id: "SAFE-SCRUM-MASTER",
      term: "SAFe Scrum Master",
      aliases: ["Certified SAFe Scrum Master"],
      contextAliases: ["SSM"],
      caseSensitive: true,
    },
    {
      id: "SAFE",
      term: "SAFe certification",
      aliases: ["SAFe certified", "SAFe certifications"],
      caseSensitive: true,
      satisfiedBy: ["SAFE-AGILIST", "SAFE-SCRUM-MASTER"],
    },
    {
      id: "PGMP",
      term: "PgMP",
      aliases: ["Program Management Professional"],
    },
    {
      id: "LEAN-SIX-SIGMA",
      term: "Lean Six Sigma",
      aliases: ["Six Sigma", "Six Sigma Green Belt", "Lean Six Sigma Green Belt"],
    },
  ],
};

/** Words that make a short form ("CSM") read as a certification. */
export const CERTIFICATION_CONTEXT: WordList<string> = {
  id: "certification-context",
  version: 1,
  asOf: "2026-11",
  source: "wording of certification asks in PM job postings",
  entries: ["certification", "certified", "certificate", "credential", "accreditation"],
};
