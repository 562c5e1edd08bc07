// Next.js configuration: a fully static export (every page is HTML written at build time).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  output: "export",
  trailingSlash: true,
  // No image optimisation server in a static export.
  images: { unoptimized: true },
  // Type errors are caught by the package's own `typecheck` task (tsc), which runs in CI beside the build.
  typescript: { ignoreBuildErrors: true },
  // The workspace root, so that Turbopack resolves the hoisted dependencies of the monorepo.
  turbopack: { root: `${here}/../..` },
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
};

export default nextConfig;
