import { CERTIFICATIONS, type CertificationEligibility } from "@keel/engine";
import { describe, expect, it } from "vitest";
import { certStatus, domainsText, examText, examWhen, gapText } from "./cert-words.js";

const exam = (id: string, i = 0) => {
  const e = CERTIFICATIONS.find((c) => c.id === id)?.exams[i];
  if (e === undefined) throw new Error(id);
  return e;
};

describe("exam facts in words", () => {
  it("says questions, time, pass mark and format", () => {
    expect(examText(exam("PMP", 1))).toBe("about 185 questions (175 scored) · 4 hours");
    expect(examText(exam("PRINCE2-F"))).toBe(
      "60 questions · 60 minutes · pass 60 % (36 of 60) · closed book",
    );
    expect(examText(exam("PROJECT-PLUS"))).toBe("up to 90 questions · 90 minutes · pass 710 of 900");
    expect(domainsText(exam("PMP", 1))).toBe("People 33 %, Process 41 %, Business Environment 26 %");
    expect(examWhen(exam("PMP", 0))).toBe("until 2026-07-08");
    expect(examWhen(exam("PMP", 1))).toBe("from 2026-07-09");
  });

  it("says where the person stands and what a gap amounts to", () => {
    const base = { eligible: false, holding: undefined } as unknown as CertificationEligibility;
    expect(certStatus(base)).toBe("not-yet");
    expect(certStatus({ ...base, eligible: true })).toBe("eligible");
    expect(
      certStatus({ ...base, holding: { earned: "2020-01-01", active: false } } as CertificationEligibility),
    ).toBe("expired");
    expect(
      certStatus({ ...base, holding: { earned: "2025-01-01", active: true } } as CertificationEligibility),
    ).toBe("held");
    expect(gapText({ what: "months leading projects", have: 22, need: 36, unit: "months" })).toBe(
      "22 of 36 months",
    );
  });
});
