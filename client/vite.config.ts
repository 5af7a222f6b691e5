/**
 * Vite build of the explorer: sources in client/, output in dist/client/ (served by the Express app at `/`).
 * `base: "./"` keeps asset URLs relative, so the build also works behind a path prefix.
 * No node: imports here, so the file type-checks with the client's DOM-only tsconfig.
 */
import { defineConfig } from "vite";

const dir = (relative: string): string => decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  root: dir("."),
  base: "./",
  build: {
    outDir: dir("../dist/client"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite --config client/vite.config.ts` during development; the API runs on :3000.
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
