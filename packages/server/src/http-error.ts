import {
  ConflictError,
  type FieldError,
  NotFoundError,
  PlanRejectedError,
  StoreError,
  ValidationError,
  VersionConflictError,
} from "@keel/store";

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly fields?: readonly FieldError[];
    /** For 404s: which kind of thing was not found. */
    readonly entity?: string;
    /** For 409 version conflicts: the item as it stands now. */
    readonly current?: unknown;
    readonly problems?: readonly { readonly code: string; readonly message: string }[];
  };
}

/** An error meant for the client: a status and a message it can show. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
    readonly extra: Omit<ErrorBody["error"], "code" | "message"> = {},
  ) {
    super(message);
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

/** Maps store errors to HTTP; anything else is a bug, reported as a 500 without details. */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof ValidationError) {
    return new HttpError(400, "invalid", `${error.message}: ${describeFields(error.fields)}`, {
      fields: error.fields,
    });
  }
  if (error instanceof NotFoundError) {
    return new HttpError(404, "not_found", error.message, { entity: error.entity });
  }
  if (error instanceof VersionConflictError) {
    return new HttpError(409, "version_conflict", error.message, { current: error.current });
  }
  if (error instanceof ConflictError) return new HttpError(409, "conflict", error.message);
  if (error instanceof PlanRejectedError) {
    return new HttpError(422, "plan_rejected", error.message, { problems: error.problems });
  }
  if (error instanceof StoreError) return new HttpError(400, "invalid", error.message);
  return undefined;
}

export function describeFields(fields: readonly FieldError[]): string {
  return fields.map((f) => `${f.path}: ${f.message}`).join("; ");
}
