import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AppConfig,
  createApp,
  createDatabase,
  type Database,
  DEMO_ORIGIN,
  DEMO_PUBLISHABLE_KEY,
  type DemoSessionSubject,
  defaultAppConfig,
  migrateDatabase,
  mintDemoSession,
  seedDemoData,
  silentLogger,
  systemClock,
} from '@vae/bff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServerApp } from './server.js';
import { demoFolder, widgetsFolder } from './static-assets.js';
import {
  type Credential,
  familyOf,
  ROUTE_FAMILIES,
  type RouteFamily,
  samplePath,
} from './test-support/route-families.js';

const FOREIGN_ORIGIN = 'https://attacker.example';
const ONE_YEAR = 31_536_000;
const REQUESTED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-vae-partner'];

type Variant =
  | 'credential'
  | 'anonymous'
  | 'foreign'
  /** From a foreign origin, with an embed session token whose signature fails (a 401). */
  | 'foreignForged'
  | 'preflight'
  | 'foreignPreflight'
  | 'limited';
interface Probe {
  method: string;
  path: string;
  family: RouteFamily;
}
interface Exchange extends Probe {
  variant: Variant;
  status: number;
  headers: Headers;
  /** The problem's `code`, when the answer is problem+json with one. */
  code: string | undefined;
}

function header(ex: Exchange, name: string): string {
  return ex.headers.get(name) ?? '';
}
const label = (ex: Exchange) => `${ex.variant} ${ex.method} ${ex.path} → ${ex.status}`;
const isApi = (ex: Probe) => ex.path.startsWith('/api/v1/');

/** Every route of the composed server (the API's own routes included), plus its static files. */
function routesOf(routes: { method: string; path: string }[]): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const { method, path } of routes) {
    // ALL: middleware and mounts (their routes are listed on their own).
    if (method === 'ALL') continue;
    seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

function staticFiles(): string[] {
  const files = (folder: string, ext: RegExp) => readdirSync(folder).filter((f) => ext.test(f));
  const chunk = files(join(widgetsFolder, 'chunks'), /\.js$/)[0];
  const asset = files(join(demoFolder, 'assets'), /\.(js|css)$/)[0];
  return [
    ...files(widgetsFolder, /\.js$/).map((f) => `/widgets/${f}`),
    `/widgets/chunks/${chunk}`,
    '/widgets/no-such-file.js',
    '/',
    ...files(demoFolder, /\.html$/).map((f) => `/${f}`),
    `/assets/${asset}`,
    '/no-such-page.html',
  ];
}

/** The same token with one character of its signature changed: well formed, never valid. */
function forgedSignature(token: string): string {
  const at = token.length - 10;
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
}

async function problemCodeOf(res: Response): Promise<string | undefined> {
  if (!/json/.test(res.headers.get('content-type') ?? '')) {
    await res.arrayBuffer();
    return undefined;
  }
  const body: unknown = await res.json().catch(() => undefined);
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : null;
  return typeof code === 'string' ? code : undefined;
}

describe('security headers and CORS on every route family', { timeout: 60_000 }, () => {
  let folder: string;
  let db: Database;
  let config: AppConfig;
  let unclaimed: string[];
  let probes: Probe[];
  const exchanges: Exchange[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-security-headers-'));
    db = createDatabase(`file:${join(folder, 'vae.db')}`);
    await migrateDatabase(db);
    config = {
      ...defaultAppConfig,
      tokenSecret: 'security-headers-test',
      dataDir: folder,
      rateLimit: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
    };
    const { access } = await seedDemoData(db, { config });
    if (!access) throw new Error('the demo seed made no credentials');
    const session = async (subject: DemoSessionSubject) =>
      (await mintDemoSession({ db, clock: systemClock, config }, subject)).token;
    const admin = access.accounts.find((account) => account.role === 'admin')?.apiKey ?? '';
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    const credentials: Record<Credential, Record<string, string>> = {
      partnerKey: { 'X-Vae-Partner': DEMO_PUBLISHABLE_KEY },
      student: bearer(await session('student')),
      aap: bearer(await session('aap')),
      certificateur: bearer(await session('certificateur')),
      admin: bearer(admin),
      secretKey: bearer(access.partner.secretKey),
      none: {},
    };
    const forged = bearer(forgedSignature(await session('student')));

    const app = composeServerApp(config, db, silentLogger);
    const limited = composeServerApp(
      { ...config, rateLimit: { perKeyPerMinute: 1, perIpPerMinute: 1 } },
      db,
      silentLogger,
    );
    const api = createApp({ db, config, clock: systemClock, logger: silentLogger });
    const patterns = [
      ...routesOf(api.routes),
      ...routesOf(app.routes),
      { method: 'GET', path: '/api/v1/no-such-route' },
      ...staticFiles().map((path) => ({ method: 'GET', path })),
    ];
    unclaimed = patterns
      .filter(({ method, path }) => !familyOf(method, path))
      .map(({ method, path }) => `${method} ${path}`);
    probes = patterns.flatMap(({ method, path }) => {
      const family = familyOf(method, path);
      return family ? [{ method, path: samplePath(path), family }] : [];
    });

    const send = async (target: typeof app, probe: Probe, variant: Variant) => {
      const headers: Record<string, string> = {};
      let method = probe.method;
      if (variant === 'preflight' || variant === 'foreignPreflight') {
        method = 'OPTIONS';
        headers['Access-Control-Request-Method'] = probe.method;
        headers['Access-Control-Request-Headers'] = REQUESTED_HEADERS.join(',');
      } else if (variant === 'foreignForged') {
        Object.assign(headers, forged);
      } else if (variant !== 'anonymous') {
        Object.assign(headers, credentials[probe.family.credential]);
      }
      headers['Origin'] = variant.startsWith('foreign') ? FOREIGN_ORIGIN : DEMO_ORIGIN;
      const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(method);
      if (hasBody) headers['Content-Type'] = 'application/json';
      // Addressed as the demo pages address it, so that /demo-api sees its own pages.
      const res = await target.request(new URL(probe.path, DEMO_ORIGIN).href, {
        method,
        headers,
        ...(hasBody ? { body: '{}' } : {}),
      });
      const code = await problemCodeOf(res);
      exchanges.push({ ...probe, variant, status: res.status, headers: res.headers, code });
    };
    for (const probe of probes) {
      for (const variant of ['credential', 'anonymous', 'foreign'] as const) {
        await send(app, probe, variant);
      }
      if (isApi(probe) && probe.family.cors !== 'none') await send(app, probe, 'foreignForged');
      if (probe.family.cors !== 'any-origin') {
        await send(app, probe, 'preflight');
        await send(app, probe, 'foreignPreflight');
      }
    }
    // One request spends the allowance of the only client address; every later one is a 429.
    await limited.request('/api/v1/no-such-route');
    for (const probe of probes.filter((p) => isApi(p) && p.path !== '/api/v1/health')) {
      await send(limited, probe, 'limited');
    }
  }, 120_000);

  afterAll(() => {
    db?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('walks every route of the app, each claimed by a family that states its policy', () => {
    expect(unclaimed).toEqual([]);
    const walked = new Set(probes.map((probe) => probe.family.name));
    expect(ROUTE_FAMILIES.map((family) => family.name).filter((n) => !walked.has(n))).toEqual([]);
    expect(probes.length).toBeGreaterThan(60);
  });

  it('never answers 5xx, whatever the origin or credential', () => {
    expect(exchanges.filter((ex) => ex.status >= 500).map(label)).toEqual([]);
  });

  it('sends the security headers on every answer, errors and preflights included', () => {
    const problems = exchanges.flatMap((ex) => {
      const found: string[] = [];
      if (header(ex, 'x-content-type-options') !== 'nosniff') found.push('nosniff');
      if (
        !/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/.test(
          header(ex, 'referrer-policy'),
        )
      )
        found.push(`Referrer-Policy "${header(ex, 'referrer-policy')}"`);
      const hsts = /max-age=(\d+)/.exec(header(ex, 'strict-transport-security'))?.[1];
      if (!hsts || Number(hsts) < ONE_YEAR) found.push('Strict-Transport-Security ≥ 1 year');
      if (ex.headers.has('x-powered-by')) found.push('X-Powered-By');
      if (header(ex, 'cross-origin-resource-policy') !== ex.family.resourcePolicy)
        found.push(`CORP "${header(ex, 'cross-origin-resource-policy')}"`);
      const csp = header(ex, 'content-security-policy');
      if (/text\/html/.test(header(ex, 'content-type')) && !/frame-ancestors/.test(csp))
        found.push('CSP frame-ancestors on HTML');
      if (
        isApi(ex) &&
        !(csp.includes("default-src 'none'") && csp.includes("frame-ancestors 'none'"))
      )
        found.push(`API CSP "${csp}"`);
      return found.map((problem) => `${label(ex)}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('never lets an answer about a person be stored, errors included', () => {
    const stored = exchanges.filter(
      (ex) =>
        ex.family.personal &&
        !ex.variant.endsWith('reflight') &&
        !/\bno-store\b/.test(header(ex, 'cache-control')),
    );
    expect(stored.map((ex) => `${label(ex)}: "${header(ex, 'cache-control')}"`)).toEqual([]);
  });

  it('lets partner pages read every answer of their families, errors included', () => {
    const readable = exchanges.filter(
      (ex) =>
        ['credential', 'anonymous', 'limited'].includes(ex.variant) &&
        ['partner-pages', 'public-partner', 'origin-refusal'].includes(ex.family.cors),
    );
    const unreadable = readable.filter(
      (ex) =>
        header(ex, 'access-control-allow-origin') !== DEMO_ORIGIN ||
        !/\bOrigin\b/i.test(header(ex, 'vary')) ||
        !/X-Request-Id/i.test(header(ex, 'access-control-expose-headers')),
    );
    expect(unreadable.map(label)).toEqual([]);
    // The errors the elements must be able to show were all among them.
    const statuses = new Set(readable.map((ex) => ex.status));
    for (const status of [200, 400, 401, 403, 404, 429]) expect(statuses).toContain(status);
    const limited = readable.filter((ex) => ex.variant === 'limited');
    expect(
      limited.filter((ex) => ex.status !== 429 || !ex.headers.has('retry-after')).map(label),
    ).toEqual([]);
    expect(
      limited
        .filter((ex) => !/Retry-After/i.test(header(ex, 'access-control-expose-headers')))
        .map(label),
    ).toEqual([]);
  });

  it('answers preflights from partner pages with the methods and headers the elements send', () => {
    const refused = exchanges
      .filter((ex) => ex.variant === 'preflight' && ex.family.cors !== 'none')
      .filter((ex) => {
        const methods = header(ex, 'access-control-allow-methods');
        const allowed = header(ex, 'access-control-allow-headers').toLowerCase();
        return (
          ex.status !== 204 ||
          header(ex, 'access-control-allow-origin') !== DEMO_ORIGIN ||
          !methods.includes(ex.method) ||
          REQUESTED_HEADERS.some((h) => !allowed.includes(h))
        );
      });
    expect(refused.map(label)).toEqual([]);
  });

  it('lets a foreign origin read nothing but the refusals of the public endpoints and the tracker', () => {
    const leaks = exchanges.filter((ex) => {
      if (!ex.variant.startsWith('foreign') || ex.family.cors === 'any-origin') return false;
      const allowed = header(ex, 'access-control-allow-origin');
      if (!allowed) return false;
      if (ex.variant === 'foreignPreflight') {
        return !['public-partner', 'origin-refusal'].includes(ex.family.cors);
      }
      if (ex.family.cors === 'public-partner') return ex.status < 400;
      if (ex.family.cors === 'origin-refusal') {
        return ex.status !== 403 || ex.code !== 'ORIGIN_NOT_ALLOWED';
      }
      return true;
    });
    expect(leaks.map(label)).toEqual([]);
    const refusals = exchanges.filter(
      (ex) => ex.variant === 'foreign' && ex.family.cors === 'public-partner',
    );
    expect(refusals.every((ex) => ex.status === 403)).toBe(true);
    // The tracker's refusals reach a foreign page: the element says the site is not allowed.
    const tracker = exchanges.filter(
      (ex) => ex.variant.startsWith('foreign') && ex.family.cors === 'origin-refusal',
    );
    const unexplained = tracker.filter(
      (ex) =>
        ex.variant !== 'foreignForged' &&
        header(ex, 'access-control-allow-origin') !== FOREIGN_ORIGIN,
    );
    expect(unexplained.map(label)).toEqual([]);
    // Its other errors stay hidden: a forged token's 401 is not readable from there.
    const forged = tracker.filter((ex) => ex.variant === 'foreignForged');
    expect(forged.length).toBeGreaterThan(3);
    expect(forged.filter((ex) => ex.status !== 401).map(label)).toEqual([]);
    expect(forged.filter((ex) => ex.headers.has('access-control-allow-origin')).map(label)).toEqual(
      [],
    );
  });

  it('keeps the secret-key and same-origin families unreadable from any browser page', () => {
    const readable = exchanges.filter(
      (ex) => ex.family.cors === 'none' && ex.headers.has('access-control-allow-origin'),
    );
    expect(readable.map(label)).toEqual([]);
    expect(
      exchanges.filter((ex) => ex.headers.has('access-control-allow-credentials')).map(label),
    ).toEqual([]);
  });

  it('serves the element bundles to any page', () => {
    const bundles = exchanges.filter((ex) => ex.family.cors === 'any-origin');
    expect(bundles.length).toBeGreaterThan(3);
    expect(
      bundles.filter((ex) => header(ex, 'access-control-allow-origin') !== '*').map(label),
    ).toEqual([]);
  });
});
