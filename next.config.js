// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay as Node modules instead of being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@open-spaced-repetition/binding",
  ],
  compiler: {
    // The service worker (sw/sw.ts → public/sw.js) is built by Serwist's configurator once Next has
    // compiled the app, so its precache lists this build's static files. Turbopack builds the app;
    // Serwist bundles the worker with esbuild, so no webpack plugin is needed.
    async runAfterProductionCompile({ projectDir }) {
      const { serwist } = await import("@serwist/next/config");
      const { runBuildCommand } = await import("@serwist/cli");
      const config = await serwist(
        { swSrc: "sw/sw.ts", swDest: "public/sw.js", globDirectory: projectDir, precachePrerendered: false },
        /** @type {any} */ ({ distDir: ".next", basePath: "", assetPrefix: "" }),
      );
      await runBuildCommand({ config, watch: false });
    },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Content-Security-Policy (with a per-request script nonce) and HSTS come from proxy.ts.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
