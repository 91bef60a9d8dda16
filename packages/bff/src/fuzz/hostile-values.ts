import fc from 'fast-check';

/** Strings that broke parsers, validators or databases somewhere before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '\uFEFF',
  '𝕍𝔸𝔼 👩🏽‍🔧',
  'e\u0301\u0301\u0301',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%',
  '%%',
  '%E0%A4%A',
  "'; DROP TABLE candidacies; --",
  '" OR 1=1 --',
  '%_\\',
  '<script>alert(1)</script>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  '${process.env}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '99999999999999999999999999',
  '-1',
  '0x1F',
  'null',
  'true',
  '[]',
  '{}',
  'RNCP',
  'RNCP99999999999',
  'vae_ak_',
  `vae_tc_${'A'.repeat(32)}`,
  'Bearer',
  '\r\nX-Injected: 1',
  '\t\n\v\f\r',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('a', 'é', '\u0000', '🙂', '\uD800'),
        fc.integer({ min: 1_000, max: 120_000 }),
      )
      .map(([unit, times]) => unit.repeat(times)),
  },
);

/** Any JSON-ish value of the wrong kind: the values a careless or hostile client sends. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      -0,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 31,
      [],
      {},
      [null],
      JSON.parse('{"__proto__":{"admin":true}}'),
      { constructor: { prototype: {} } },
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** What to do to a valid-ish value: replace a part, drop a part, or add an unknown field. */
export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'id', 'status', 'role'),
        nastyString,
      ),
      value: hostileValue,
    }),
  },
);

type Container = Record<string, unknown> | unknown[];

/** Every object or array inside the value, with the key of each child slot. */
function slots(value: unknown, found: { parent: Container; key: string | number }[] = []) {
  if (value !== null && typeof value === 'object') {
    const container = value as Container;
    for (const key of Object.keys(container)) {
      const child = Array.isArray(container) ? Number(key) : key;
      found.push({ parent: container, key: child });
      slots((container as Record<string | number, unknown>)[child], found);
    }
  }
  return found;
}

/** Applies the mutations to a deep copy of the value (a scalar root is replaced outright). */
export function mutate(value: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(value);
  for (const { ...change } of mutations) {
    if ('value' in change) change.value = structuredClone(change.value);
    const places = slots(root);
    const place = places[change.at % Math.max(places.length, 1)];
    if (!place) {
      if (change.kind === 'replace') root = change.value;
      continue;
    }
    const parent = place.parent as Record<string | number, unknown>;
    if (change.kind === 'replace') parent[place.key] = change.value;
    else if (change.kind === 'drop') delete parent[place.key];
    else if (!Array.isArray(parent)) {
      Object.defineProperty(parent, change.key, {
        value: change.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return root;
}
