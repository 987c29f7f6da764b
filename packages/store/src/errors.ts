/** A field that failed validation: dotted path and what was expected. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** Base of every error the store raises on purpose; the server maps each to a 4xx status. */
export class StoreError extends Error {}

export class NotFoundError extends StoreError {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} "${id}" was not found`);
  }
}

/** The caller edited an older version; `current` is the item as it stands now. */
export class VersionConflictError extends StoreError {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expected: number,
    readonly current: unknown,
  ) {
    super(`${entity} "${id}" was changed by someone else (you sent version ${expected}); reload and retry`);
  }
}

/** A write that would break a uniqueness or reference rule (duplicate id, link to a missing task…). */
export class ConflictError extends StoreError {}

export class ValidationError extends StoreError {
  constructor(
    message: string,
    readonly fields: readonly FieldError[],
  ) {
    super(message);
  }
}

/** The edit would leave a plan the engine cannot schedule (a cycle, an unknown calendar…); nothing was saved. */
export class PlanRejectedError extends StoreError {
  constructor(readonly problems: readonly { readonly code: string; readonly message: string }[]) {
    super(`the change would leave the plan unschedulable: ${problems.map((p) => p.message).join("; ")}`);
  }
}
