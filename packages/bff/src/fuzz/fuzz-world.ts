import { eq } from 'drizzle-orm';
import { accounts } from '../db/schema.js';
import {
  candidateIdentity,
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../test-support/lifecycle-journey.js';
import type { TestApp } from '../test-support/test-app.js';

/** The seeded candidate's personal data: none of it may appear in an error answer. */
export const SEEDED_PERSON = {
  givenName: 'Zéphyrine',
  familyName: 'Quillebeuf',
  email: 'zephyrine.quillebeuf@example.org',
  phone: '06 98 76 54 32',
  nir: '295109912611193',
};

/** Credentials by OpenAPI security scheme, all real and valid when the fuzz starts. */
export type Credentials = Record<
  'partnerKey' | 'accountKey' | 'trackingCode' | 'embedSession' | 'partnerSecretKey',
  string[]
>;

export interface FuzzWorld {
  fx: LifecycleFixtures;
  credentials: Credentials;
  /** The seeded candidacies, from the one just submitted (with the NIR) to a jury scheduled. */
  candidacyIds: string[];
  /** Ids that exist: candidacies in every state, their documents, sites, certifications. */
  knownIds: string[];
  /** Strings that must never come back in an error: the seeded person's data. */
  secrets: string[];
  /** The credentials of the role an operation is for (by route family, then by scheme). */
  preferredFor(op: { path: string; schemes: (keyof Credentials)[] }): string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The lifecycle cast plus candidacies in each state (one carries a NIR), reached through the
 * real API, and one embed session per kind: enough for every route to have something to find.
 */
export async function seedFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const fx = await seedLifecycleFixtures(t);
  const api = lifecycleClient(t, fx);
  const journey = lifecycleJourney(api, fx);
  const person = { ...candidateIdentity, ...SEEDED_PERSON };
  const withNir = await journey.submitted({ candidate: person });
  const created = [
    withNir,
    await journey.parcoursConfirmed(),
    await journey.feasibilitySent(),
    await journey.admissible(),
    await journey.jurySchedule('2026-06-15'),
  ];
  const mint = async (scope: unknown) => {
    const res = await api.call('POST', '/embed-sessions', {
      bearer: fx.partner.secretKey,
      json: { scope },
    });
    if (res.status !== 201) throw new Error(`embed session: ${res.status} ${await res.text()}`);
    return (await res.json()).token as string;
  };
  const aapAccount = await aapAccountId(t);
  const embedSession = [
    await mint({ kind: 'candidacy', id: withNir.id }),
    ...(aapAccount
      ? [await mint({ kind: 'account', id: aapAccount, accountKey: fx.keys.aap })]
      : []),
  ];
  const views = await Promise.all(
    created.map(async (c) =>
      (await api.call('GET', `/aap/candidacies/${c.id}`, { bearer: fx.keys.aap })).text(),
    ),
  );
  const knownIds = [
    ...new Set([
      ...created.map((c) => c.id),
      ...Object.values(fx.certificateurs),
      ...views.flatMap((view) => view.match(UUID) ?? []),
      'site-a1',
      'site-a2',
      'site-b1',
      'org-a',
      'RNCP35830',
      'RNCP37537',
      'RNCP34826',
    ]),
  ];
  const credentials: Credentials = {
    partnerKey: [fx.partner.publishableKey],
    accountKey: Object.values(fx.keys),
    trackingCode: created.map((c) => c.trackingCode),
    embedSession,
    partnerSecretKey: [fx.partner.secretKey],
  };
  return {
    fx,
    credentials,
    candidacyIds: created.map((c) => c.id),
    knownIds,
    preferredFor(op) {
      const { keys } = fx;
      if (op.path.startsWith('/aap/'))
        return [keys.aap, keys.antennaA1, keys.otherAap, ...embedSession];
      if (op.path.startsWith('/certificateur/')) {
        return [keys.certificateur, keys.regional, keys.localParis];
      }
      if (op.path.startsWith('/admin/')) return [keys.admin];
      if (op.path.startsWith('/candidate/'))
        return [...created.map((c) => c.trackingCode), ...embedSession];
      const byScheme = op.schemes.flatMap((scheme) => credentials[scheme]);
      return byScheme.length > 0 ? byScheme : [fx.partner.publishableKey];
    },
    secrets: [
      SEEDED_PERSON.givenName,
      SEEDED_PERSON.familyName,
      SEEDED_PERSON.email,
      SEEDED_PERSON.phone,
      SEEDED_PERSON.nir,
    ],
  };
}

/** The id of the fixtures' AAP account of organism A (named "AAP A"). */
async function aapAccountId(t: TestApp): Promise<string | null> {
  const [row] = await t.db.orm
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.name, 'AAP A'));
  return row?.id ?? null;
}
