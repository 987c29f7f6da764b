import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./app/router.js";
import { applyTheme, initialTheme } from "./app/theme.js";
import { FORECAST_GC_MS, forecastKeys } from "./forecast/forecast-run.js";
import "./ui/tokens.css";
import "./ui/ui.css";

// Before the first paint, and on the pages outside the shell (sign-in) too.
applyTheme(initialTheme());

const client = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true, staleTime: 5_000 } },
});
// A forecast takes seconds and is only run on request: keep the answers while the tab is open.
client.setQueryDefaults(forecastKeys.all, { gcTime: FORECAST_GC_MS, staleTime: Number.POSITIVE_INFINITY });

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
