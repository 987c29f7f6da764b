import { ApiError } from "../api/client.js";
import { fileProblems } from "./plan-file.js";

/** Why the server refused a plan file: each error with its line and column, or the one message. */
export function FileProblems({ error, fileName }: { readonly error: unknown; readonly fileName: string }) {
  const api = error instanceof ApiError ? error : undefined;
  const problems = api?.code === "invalid_plan" ? fileProblems(api.fields) : [];
  return (
    <div className="file-problems" role="alert">
      <p className="form-error">
        {problems.length > 0
          ? `${fileName} has ${problems.length === 1 ? "an error" : `${problems.length} errors`}; nothing was changed.`
          : `${api?.message ?? String(error)} Nothing was changed.`}
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list is replaced whole.
            <li key={i}>
              {p.line !== undefined && (
                <span className="file-problem-where">
                  Line {p.line}, column {p.column}:
                </span>
              )}{" "}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
