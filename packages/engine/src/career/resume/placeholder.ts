/** A gap in a suggestion for the user to fill with their own fact, and what belongs there. */
export interface Placeholder {
  readonly token: string;
  readonly fill: string;
}
