import { CERTIFICATION_LEVELS, Filiere } from '@vae/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisms, seedScaleOrganisms } from '../../seed/seed-organisms.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type CertificationProfile, canServeCertification } from './aap-matching.js';
import { currentDirectory, type Directory } from './directory.js';
import { entriesServing } from './serving-index.js';

let t: TestApp;
let directory: Directory;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisms(t.db, t.clock.now());
  await seedScaleOrganisms(t.db, { organisms: 600, now: t.clock.now() });
  directory = await currentDirectory(t.db);
});
afterAll(() => t.close());

const ids = (entries: readonly { site: { id: string } }[]) => entries.map((e) => e.site.id).sort();

describe('entriesServing', () => {
  it('finds exactly the sites that canServeCertification accepts, for any certification', () => {
    const idcc = ['2264', '2941', '1979', '0016', '9999'];
    const profile = fc.record<CertificationProfile>({
      level: fc.option(fc.constantFrom(...CERTIFICATION_LEVELS), { nil: null }),
      filiere: fc.option(fc.constantFrom(...Filiere.values), { nil: null }),
      formacodes: fc.constant([]),
      idcc: fc.subarray(idcc),
    });
    fc.assert(
      fc.property(profile, (certification) => {
        const expected = directory.entries.filter((e) => canServeCertification(e, certification));
        expect(ids(entriesServing(directory.serving, certification))).toEqual(ids(expected));
      }),
      { numRuns: 300 },
    );
  });
});
