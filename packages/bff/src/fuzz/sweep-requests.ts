import fc from 'fast-check';
import {
  type Body,
  buildRequest,
  encode,
  type FuzzRequest,
  MALFORMED_JSON,
  type Operation,
  type RequestParts,
  WRONG_CONTENT_TYPES,
} from './fuzz-requests.js';
import type { FuzzWorld } from './fuzz-world.js';
import { validIsh } from './json-schema-arbitrary.js';

/** What each field, parameter or id is replaced with, one at a time. */
const HOSTILE_FIELD_VALUES: unknown[] = [
  null,
  -1,
  1e308,
  true,
  [],
  { nested: { deeper: [1] } },
  'x'.repeat(100_000),
  '\uD800',
  'a\u0000b',
  '\u202Eevil',
  '../../etc/passwd',
];

const HOSTILE_PATH_VALUES = [
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%00',
  '%E0%A4%A',
  '%',
  'a'.repeat(5_000),
  encode('\uD800'),
  encode('‮'),
  '99999999999999999999999',
];

const HOSTILE_QUERY_VALUES = [
  '',
  '%',
  '%00',
  '%E0%A4%A',
  '-1',
  '1e999',
  '9007199254740993',
  encode('x'.repeat(10_000)),
  encode('\uD800'),
  encode("'; DROP TABLE candidacies; --"),
];

/**
 * The deterministic part of the fuzz: for every operation, with the credential of its role,
 * each body field, path parameter and query parameter replaced by each hostile value in turn,
 * each malformed JSON body and each wrong content type. What the random part may miss.
 */
export function sweepRequests(operations: Operation[], world: FuzzWorld): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  operations.forEach((op, n) => {
    const id = world.candidacyIds[n % world.candidacyIds.length] ?? 'x';
    const base: RequestParts = {
      method: op.method,
      params: [id, id],
      query: [],
      credential: world.preferredFor(op)[0] ?? null,
      credentialIn: 'header',
      origin: null,
      headers: [],
      body: null,
    };
    const add = (parts: Partial<RequestParts>) =>
      requests.push(buildRequest(op, { ...base, ...parts }));
    const sample = fc.sample(validIsh(op.body?.schema), { seed: n, numRuns: 1 })[0];
    const json = (value: unknown): Body => ({
      contentType: 'application/json',
      payload: JSON.stringify(value) ?? 'null',
    });

    add({ body: op.body?.contentType === 'application/json' ? json(sample) : null });
    if (sample !== null && typeof sample === 'object' && !Array.isArray(sample)) {
      for (const key of [...Object.keys(op.body?.schema.properties ?? {}), '__proto__', 'extra']) {
        for (const value of HOSTILE_FIELD_VALUES) {
          add({ body: json(JSON.parse(JSON.stringify({ ...sample, [key]: value }))) });
        }
      }
    }
    for (const payload of MALFORMED_JSON)
      add({ body: { contentType: 'application/json', payload } });
    for (const contentType of WRONG_CONTENT_TYPES) {
      add({ body: { contentType, payload: JSON.stringify(sample) ?? '' } });
    }
    const templated = op.path.match(/\{[^}]+\}/g)?.length ?? 0;
    for (let at = 0; at < templated; at++) {
      for (const value of HOSTILE_PATH_VALUES) {
        add({ params: base.params.map((p, i) => (i === at ? value : p)) });
      }
    }
    for (const { name } of op.query) {
      for (const value of HOSTILE_QUERY_VALUES) add({ query: [`${name}=${value}`] });
      add({ query: [`${name}=1`, `${name}=2`, `${name}[]=3`] });
    }
    for (const credential of [null, '', 'Bearer', world.credentials.partnerSecretKey[0] ?? '']) {
      add({ credential, body: base.body });
    }
  });
  return requests;
}
