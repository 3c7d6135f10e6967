/// <reference types="vitest/config" />
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * `make run` serves the built SPA with `vite preview`, which neither compresses nor caches. Phones on slow
 * networks are the users, so the build writes a gzip copy of each hashed asset and the preview server
 * answers with it (and lets browsers keep it: the name changes when the content does). nginx does the same
 * in the container.
 */
function precompressedAssets(): Plugin {
  const dist = resolve(__dirname, 'dist');
  return {
    name: 'doithoai-precompressed-assets',
    closeBundle() {
      const assets = join(dist, 'assets');
      for (const f of readdirSync(assets)) {
        if (TYPES[extname(f)]) writeFileSync(join(assets, f + '.gz'), gzipSync(readFileSync(join(assets, f)), { level: 9 }));
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const type = TYPES[extname(path)];
        const gz = join(dist, path + '.gz');
        if (!path.startsWith('/assets/') || !type || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) || !existsSync(gz)) {
          return next();
        }
        res.setHeader('Content-Type', `${type}; charset=utf-8`);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(gz).pipe(res);
      });
    },
  };
}

const BACKEND = 'http://localhost:8080';
/** The crawlers that build a shared link's preview without running scripts; nginx.conf's $preview_crawler names the same. */
const PREVIEW_CRAWLER = /facebookexternalhit|facebot|zalo|twitterbot|telegrambot|whatsapp|linkedinbot|slackbot|discordbot|skypeuripreview|viber|pinterest/i;

/**
 * The SPA calls /api/... on its own origin; dev and preview servers proxy it to the backend, and answer as nginx does
 * in production for robots.txt, the sitemap, and a published plan's page asked for by a preview crawler.
 */
const proxy = {
  '/api': BACKEND,
  '/robots.txt': { target: BACKEND, rewrite: () => '/api/v1/public/robots.txt' },
  '/sitemap.xml': { target: BACKEND, rewrite: () => '/api/v1/public/sitemap.xml' },
  '^/ke-hoach/\\d+/?$': {
    target: BACKEND,
    rewrite: (path: string) => path.replace(/^\/ke-hoach\/(\d+)\/?$/, '/api/v1/public/plans/$1/share-page'),
    // People get the app: the request goes on to the SPA's own fallback.
    bypass: (req: { headers: Record<string, string | string[] | undefined>; url?: string }) =>
      PREVIEW_CRAWLER.test(String(req.headers['user-agent'] ?? '')) ? undefined : req.url,
  },
};

export default defineConfig({
  plugins: [react(), precompressedAssets()],
  server: { port: 5173, strictPort: true, host: '127.0.0.1', proxy },
  preview: { port: 5173, strictPort: true, host: '127.0.0.1', proxy },
  build: {
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    // Generous: a loaded 2-core machine runs a whole form test (render, typing, axe) in seconds, not milliseconds.
    testTimeout: 45_000,
    // The moment the tests run as (see src/test/setup.ts), handed over from the environment.
    env: { DOITHOAI_CLOCK_START: process.env.DOITHOAI_CLOCK_START ?? '' },
  },
});
