import { checkSiret, computeLuhnDigit } from '@vae/core';

/** A small deterministic generator (mulberry32): same seed, same directory on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability: number) => next() < probability,
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(next() * list.length)] as T;
    },
    /** `count` distinct items, in a random order. */
    sample<T>(list: readonly T[], count: number): T[] {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, count);
    },
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;

/**
 * A UUIDv7 (RFC 9562) whose time is `at` and whose random bits come from the generator: seeded
 * records keep the same ids from one run to the next, which makes seeding idempotent.
 */
export function seededUuidV7(random: SeededRandom, at: number): string {
  const bytes = new Uint8Array(16);
  let time = at;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  for (let i = 6; i < 16; i++) bytes[i] = random.int(0, 255);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An invented SIRET: a SIREN of 8 random digits and its Luhn key, a NIC of 4 random digits and
 * the Luhn key of the whole (never La Poste's SIREN 356 000 000).
 */
export function seededSiret(random: SeededRandom): string {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
  let body = `${random.int(1, 9)}${digits(7)}`;
  if (body === '35600000') body = '35600001';
  const siren = `${body}${computeLuhnDigit(body)}`;
  const partial = `${siren}${digits(4)}`;
  const siret = `${partial}${computeLuhnDigit(partial)}`;
  if (!checkSiret(siret).valid) throw new Error(`seededSiret made an invalid SIRET ${siret}`);
  return siret;
}
