import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { Field } from "../ui/Field.js";

/** First run: the one-time link printed by `keel serve` lands here to create the first owner. */
export function Setup() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(undefined);
    try {
      await api("POST", "/api/setup", {
        token: params.get("token") ?? "",
        name: form.name,
        email: form.email,
        password: form.password,
        ...(form.workspace ? { workspace: form.workspace } : {}),
      });
      // Drop the signed-out answer, so the shell asks again instead of bouncing back here.
      client.removeQueries({ queryKey: keys.session });
      navigate("/");
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, "error", String(e)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;
  return (
    <main className="auth-page card">
      <h1>Set up Keel</h1>
      <p className="muted">Create the first account. It owns this Keel and its first workspace.</p>
      <form onSubmit={submit}>
        <Field label="Your name" name="name" autoComplete="name" required error={fieldError("name")} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldError("email")}
        />
        <Field
          label="Password (10 characters or more)"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          error={fieldError("password")}
        />
        <Field label="Workspace name" name="workspace" placeholder="Platform team" />
        {error !== undefined && error.fields.length === 0 && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <button className="btn btn-primary" type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create owner account"}
        </button>
      </form>
    </main>
  );
}
