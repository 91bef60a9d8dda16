import { DEMO_PUBLISHABLE_KEY } from '@vae/bff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVaeServer } from './test-support/server-process.js';

// A valid NIR (key 93) and the same digits as they may reach the server in a bad request.
const NIR = '295109912611193';
const SPACED_NIR = '2 95 10 99 126 111 93';
const EMAIL = 'ondine.vasseur@example.org';

const eligibility = {
  typology: 'SALARIE_PRIVE',
  experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
  recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
  dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
  department: '75',
};
const candidate = {
  givenName: 'Ondine',
  familyName: 'Vasseur',
  email: EMAIL,
  phone: '06 11 22 33 44',
  nir: NIR,
};

describe('the log output of the real server (pino, debug level)', () => {
  let server: Awaited<ReturnType<typeof startVaeServer>>;
  beforeAll(async () => {
    server = await startVaeServer({ LOG_LEVEL: 'debug' });
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Vae-Partner': DEMO_PUBLISHABLE_KEY,
        ...headers,
      },
      body,
    });

  it('never writes a NIR, sent in a good or a bad request, to the log', async () => {
    const good = {
      certificationCode: 'RNCP28048',
      eligibility,
      candidate,
      accompanimentType: 'AUTONOME',
    };
    const created = await post('/candidacies', JSON.stringify(good));
    expect(created.status, await created.clone().text()).toBe(201);
    const { trackingCode } = (await created.json()) as { trackingCode: string };

    const sent = [
      // Invalid NIR key, a NIR where a code is expected, malformed JSON around a NIR.
      await post(
        '/candidacies',
        JSON.stringify({ ...good, candidate: { ...candidate, nir: '295109912611194' } }),
      ),
      await post('/candidacies', JSON.stringify({ ...good, certificationCode: NIR })),
      await post('/candidacies', `{"candidate":{"nir":"${NIR}"`),
      await post(
        '/candidacies',
        JSON.stringify({ ...good, candidate: { ...candidate, nir: SPACED_NIR, extra: NIR } }),
        {
          'Idempotency-Key': NIR,
        },
      ),
      await post(
        '/eligibility/evaluate',
        JSON.stringify({ certification: NIR, answers: { nir: NIR } }),
      ),
      await fetch(`${server.url}/api/v1/certifications?q=${NIR}&level=${NIR}`),
      await fetch(
        `${server.url}/api/v1/organisms?department=${NIR}&q=${encodeURIComponent(SPACED_NIR)}`,
      ),
      await fetch(`${server.url}/api/v1/certifications/${NIR}`),
      await fetch(`${server.url}/api/v1/organisms/${NIR}`),
      await fetch(`${server.url}/api/v1/candidate/candidacy`, {
        headers: { Authorization: `Bearer ${NIR}` },
      }),
    ];
    // Refused (400, 401, 404) or answered (an empty search): never a server error.
    expect(sent.map((res) => res.status).filter((status) => status >= 500)).toEqual([]);
    expect(sent.filter((res) => res.status >= 400).length).toBeGreaterThanOrEqual(8);

    // pino writes asynchronously: wait for the line of the last request.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (server.output().match(/"msg":"request"/g) ?? []).length < 11) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const log = server.output();
    expect((log.match(/"msg":"request"/g) ?? []).length).toBeGreaterThanOrEqual(11);
    for (const secret of [NIR, SPACED_NIR, '2951099126111', EMAIL, 'Vasseur', trackingCode]) {
      expect(log).not.toContain(secret);
    }
  });
});
