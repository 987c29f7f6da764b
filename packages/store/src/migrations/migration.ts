/** One schema change. Versions are applied in order, each in its own transaction, exactly once. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
