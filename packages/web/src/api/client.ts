/** An error answer of the Keel API: status, machine code, and a message meant for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly { path: string; message: string }[] = [],
    readonly current: unknown = undefined,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** The CSRF token of the signed-in session; every cookie-authenticated write sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the API on this origin. Resolves with the JSON body (undefined for 204), rejects with ApiError. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      "offline",
      "Keel cannot be reached. Check your connection; your change was not saved.",
    );
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError(
      response.status,
      "bad_response",
      `unexpected answer from the server (${response.status})`,
    );
  }
  if (!response.ok) {
    const error = (json as { error?: { code: string; message: string; fields?: []; current?: unknown } })
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? "error",
      error?.message ?? `request failed (${response.status})`,
      error?.fields ?? [],
      error?.current,
    );
  }
  return json as T;
}
