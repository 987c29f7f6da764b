/** One line of an MS Project import's fidelity report (see the server's import route). */
export interface FidelityItem {
  readonly family: string;
  readonly fidelity: "exact" | "approximated" | "dropped";
  readonly what: string;
  readonly how?: string | undefined;
  readonly count: number;
}

const HEADINGS = {
  approximated: "Approximated",
  dropped: "Dropped",
  exact: "Imported exactly",
} as const;

/**
 * What an MS Project import kept: what Keel approximated (and how) and dropped (and why) first,
 * since that is what a user must check; then the counts it kept exactly.
 */
export function FidelityReport({ items }: { readonly items: readonly FidelityItem[] }) {
  const groups = (["approximated", "dropped", "exact"] as const)
    .map((fidelity) => ({ fidelity, items: items.filter((i) => i.fidelity === fidelity) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="fidelity-report">
      {groups.map((g) => (
        <section key={g.fidelity} aria-label={HEADINGS[g.fidelity]}>
          <h3 className={`fidelity-${g.fidelity}`}>
            {HEADINGS[g.fidelity]} ({g.items.reduce((n, i) => n + i.count, 0).toLocaleString("en-US")})
          </h3>
          <ul>
            {g.items.map((i) => (
              <li key={`${i.family}/${i.what}/${i.how ?? ""}`}>
                <span className="fidelity-count">{i.count.toLocaleString("en-US")}</span> {i.what}{" "}
                <span className="muted">({i.family})</span>
                {i.how === undefined ? null : <>: {i.how}</>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
