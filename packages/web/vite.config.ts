import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Workspace packages resolve to their TypeScript sources, so the browser runs the same engine as the server.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  build: { outDir: "dist", sourcemap: true, chunkSizeWarningLimit: 1200 },
  server: { proxy: { "/api": "http://localhost:4600", "/healthz": "http://localhost:4600" } },
});
