import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.js';
import type { AccountRole } from '../../http/principal.js';
import { findAapSite, organismExists } from '../candidacies/aap-directory.js';
import { type IssuedKey, issueAccountKey } from '../partners/service.js';
import { parseDepartments } from './departments.js';
import {
  findAccount,
  findCertificateurAuthority,
  insertAccount,
  insertCertificateurAuthority,
} from './repository.js';

const CERTIFICATION_CODE = /^(?:RNCP\d{3,5}|RS\d+)$/;

export interface CertificateurAuthorityInput {
  name: string;
  structure: string;
  contactEmail?: string | null;
  departments: readonly string[] | 'all';
  certificationCodes: readonly string[];
}

export async function createCertificateurAuthority(
  db: Database,
  input: CertificateurAuthorityInput,
  now: Date = new Date(),
): Promise<{ id: string; departments: string[]; certificationCodes: string[] }> {
  const id = uuidv7();
  const departments = parseDepartments(input.departments);
  const certificationCodes = parseCertificationCodes(input.certificationCodes);
  if (!input.name.trim()) throw new Error('A certificateur needs a name');
  await insertCertificateurAuthority(db, {
    id,
    name: input.name.trim(),
    structure: input.structure.trim() || input.name.trim(),
    contactEmail: input.contactEmail ?? null,
    departments,
    certificationCodes,
    createdAt: now.toISOString(),
  });
  return { id, departments, certificationCodes };
}

export interface AccountInput {
  role: AccountRole;
  name: string;
  email?: string | null;
  organismId?: string | null;
  aapSiteId?: string | null;
  certificateurId?: string | null;
  departments?: readonly string[] | 'all' | null;
  certificationCodes?: readonly string[] | null;
}

export interface CreatedAccount {
  id: string;
  role: AccountRole;
  name: string;
  apiKey: IssuedKey;
}

/**
 * Creates a professional account and its first API key (shown once). Each role must point to
 * what it is scoped to; a local certificateur's scope must lie within its authority's.
 */
export async function createAccount(
  db: Database,
  input: AccountInput,
  now: Date = new Date(),
): Promise<CreatedAccount> {
  const name = input.name.trim();
  if (!name) throw new Error('An account needs a name');
  const row = {
    id: uuidv7(),
    role: input.role,
    name,
    email: input.email ?? null,
    organismId: null as string | null,
    aapSiteId: null as string | null,
    certificateurId: null as string | null,
    departments: null as string[] | null,
    certificationCodes: null as string[] | null,
    createdAt: now.toISOString(),
  };
  switch (input.role) {
    case 'aap': {
      if (!input.organismId) throw new Error('An aap account needs --organism');
      if (!(await organismExists(db, input.organismId))) {
        throw new Error(`Unknown AAP organism ${input.organismId}`);
      }
      row.organismId = input.organismId;
      break;
    }
    case 'aap-antenna': {
      if (!input.aapSiteId) throw new Error('An aap-antenna account needs --site');
      const site = await findAapSite(db, input.aapSiteId);
      if (!site) throw new Error(`Unknown AAP site ${input.aapSiteId}`);
      if (input.organismId && input.organismId !== site.organismId) {
        throw new Error(`AAP site ${site.id} does not belong to organism ${input.organismId}`);
      }
      row.organismId = site.organismId;
      row.aapSiteId = site.id;
      break;
    }
    case 'certificateur':
    case 'certificateur-local': {
      if (!input.certificateurId) throw new Error(`A ${input.role} account needs --certificateur`);
      const authority = await findCertificateurAuthority(db, input.certificateurId);
      if (!authority) throw new Error(`Unknown certificateur ${input.certificateurId}`);
      row.certificateurId = authority.id;
      if (input.role === 'certificateur-local') {
        const departments = parseDepartments(input.departments ?? []);
        const codes = parseCertificationCodes(input.certificationCodes ?? []);
        if (departments.length === 0 || codes.length === 0) {
          throw new Error('A certificateur-local account needs --departments and --certifications');
        }
        const outside = [
          ...departments.filter((d) => !authority.departments.includes(d)),
          ...codes.filter((c) => !authority.certificationCodes.includes(c)),
        ];
        if (outside.length > 0) {
          throw new Error(`Outside the certificateur's coverage: ${outside.join(', ')}`);
        }
        row.departments = departments;
        row.certificationCodes = codes;
      }
      break;
    }
    case 'admin':
      break;
  }
  await insertAccount(db, row);
  const apiKey = await issueAccountKey(db, row.id, now);
  return { id: row.id, role: row.role, name, apiKey };
}

function parseCertificationCodes(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim().toUpperCase();
    if (!CERTIFICATION_CODE.test(code)) throw new Error(`Not a certification code: "${raw}"`);
    out.add(code);
  }
  return [...out];
}

/**
 * Another API key for an existing, enabled account, to rotate without downtime: its holder
 * switches to the new key, then the old one is revoked (which ends the sessions it minted).
 */
export async function issueAccountApiKey(
  db: Database,
  accountId: string,
  now: Date = new Date(),
): Promise<IssuedKey> {
  const account = await findAccount(db, accountId.trim());
  if (!account || account.disabledAt) {
    throw new Error(`No active account has the id ${accountId}`);
  }
  return issueAccountKey(db, account.id, now);
}
