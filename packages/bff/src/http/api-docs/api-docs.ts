import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../../app-context.js';
import { docsSecurityHeaders } from '../security-headers.js';

const require = createRequire(import.meta.url);
const swaggerUiFolder = (
  require('swagger-ui-dist') as { getAbsoluteFSPath(): string }
).getAbsoluteFSPath();

const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': {
    file: join(swaggerUiFolder, 'swagger-ui.css'),
    type: 'text/css; charset=utf-8',
  },
  'swagger-ui-bundle.js': {
    file: join(swaggerUiFolder, 'swagger-ui-bundle.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>vae-widgets API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="swagger-ui" data-spec-url="/api/v1/openapi.json"><p>Loading the API reference…</p></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

// Starts Swagger UI on the page's <main>; served as a file so the page needs no inline script.
const INIT_SCRIPT = `const root = document.getElementById('swagger-ui');
window.SwaggerUIBundle({
  url: root.dataset.specUrl,
  domNode: root,
  deepLinking: true,
  presets: [window.SwaggerUIBundle.presets.apis],
});
`;

/** A browsable reference of the OpenAPI document (Swagger UI, served locally: no CDN, no inline script). */
export function apiDocsRoutes() {
  return new Hono<AppEnv>()
    .use(docsSecurityHeaders())
    .get('/', (c) => c.html(PAGE))
    .get('/init.js', (c) =>
      c.body(INIT_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
    )
    .get('/:asset', async (c) => {
      const asset = ASSETS[c.req.param('asset')];
      if (!asset) return c.notFound();
      const body = await readFile(asset.file);
      return c.body(body, 200, {
        'Content-Type': asset.type,
        'Cache-Control': 'public, max-age=3600',
      });
    });
}
