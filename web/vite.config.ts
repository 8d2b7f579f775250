// Builds the app into ../build/web (where `knoten serve` looks by default),
// with content-hashed file names that the server caches for a year. No
// inline scripts or styles: the server's CSP forbids them.
import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: "../build/web",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
