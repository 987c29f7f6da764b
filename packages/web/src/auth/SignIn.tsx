import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { Field } from "../ui/Field.js";

export function SignIn() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await api("POST", "/api/session", { email: form.get("email"), password: form.get("password") });
      // Drop the signed-out answer, so the shell asks again instead of bouncing back here.
      client.removeQueries({ queryKey: keys.session });
      navigate("/");
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth-page card">
      <h1>Sign in to Keel</h1>
      <form onSubmit={submit} noValidate={false}>
        <Field label="Email" name="email" type="email" autoComplete="username" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="btn btn-primary" type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
