import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { ApiError } from "../api/client.js";
import "./career.css";

/** The public page behind a share link, as the server renders it; an error answer as an ApiError. */
async function sharedPage(token: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/shared/portfolio/${encodeURIComponent(token)}`, { credentials: "omit" });
  } catch {
    throw new ApiError(0, "offline", "Keel cannot be reached. Check your connection and reload.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      | { error?: { message?: string } }
      | undefined;
    throw new ApiError(
      response.status,
      "error",
      body?.error?.message ?? `the page failed to load (${response.status})`,
    );
  }
  return response.text();
}

/**
 * A share link (`/shared/portfolio/<token>`) for anyone who has it, signed in or not: the
 * server's read-only page, shown in a sandbox that runs nothing and reaches nothing.
 */
export function SharedPortfolio() {
  const { token = "" } = useParams();
  const page = useQuery({
    queryKey: ["career", "shared", token],
    queryFn: () => sharedPage(token),
    retry: false,
  });
  if (page.isPending)
    return (
      <p className="shared-portfolio-note muted" role="status">
        Loading the portfolio…
      </p>
    );
  if (page.isError)
    return (
      <main className="shared-portfolio-note">
        <h1>Portfolio not available</h1>
        <p>
          {page.error instanceof ApiError && page.error.status === 404
            ? "This portfolio link does not exist or was revoked by its owner."
            : page.error.message}
        </p>
      </main>
    );
  return <iframe className="shared-portfolio-frame" title="Shared portfolio" sandbox="" srcDoc={page.data} />;
}
