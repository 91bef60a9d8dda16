import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { STRICT_TRANSPORT_SECURITY } from '@vae/bff';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';

/** Folder of the built CDN bundles of @vae/elements. */
export const widgetsFolder = dirname(
  fileURLToPath(import.meta.resolve('@vae/elements/cdn/vae-widgets.js')),
);
/** Folder of the built demo site. */
export const demoFolder = dirname(fileURLToPath(import.meta.resolve('@vae/demo/dist/index.html')));

const ONE_YEAR = 'public, max-age=31536000, immutable';
const FIVE_MINUTES = 'public, max-age=300, stale-while-revalidate=3600';

/**
 * The element bundles, loaded by partner pages on any origin: CORS `*` and a cross-origin
 * resource policy. Content-hashed chunks are cached for a year; the stable entry names
 * (`vae-widgets.js`, `<tag>.js`) briefly, so a release reaches partners within minutes.
 */
export function widgetRoutes(folder = widgetsFolder) {
  return new Hono()
    .use(async (c, next) => {
      await next();
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'no-referrer');
      c.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
      if (c.res.status === 200 || c.res.status === 304) {
        c.header('Cache-Control', c.req.path.includes('/chunks/') ? ONE_YEAR : FIVE_MINUTES);
      }
    })
    .use(etag())
    .use(
      serveStatic({
        root: folder,
        rewriteRequestPath: (path) => path.replace(/^\/widgets/, ''),
      }),
    );
}

/** The demo site: partner-style pages under a strict policy (scripts and styles from files only). */
export function demoRoutes(folder = demoFolder) {
  return new Hono()
    .use(
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // <vae-certificateur-inbox> shows the fetched PDF in a frame from a blob: URL.
          frameSrc: ['blob:'],
          frameAncestors: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
        referrerPolicy: 'strict-origin-when-cross-origin',
        strictTransportSecurity: STRICT_TRANSPORT_SECURITY,
      }),
    )
    .use(async (c, next) => {
      await next();
      if (c.res.status === 200) {
        c.header('Cache-Control', c.req.path.startsWith('/assets/') ? ONE_YEAR : 'no-cache');
      }
    })
    .use(serveStatic({ root: folder }));
}
