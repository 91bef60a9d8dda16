import type { CandidacyActor } from '@vae/core';
import type { AccountScope } from '../../http/principal.js';
import { ProblemError } from '../../http/problem.js';
import type { CandidacyRecord } from './candidacy-record.js';
import { candidacyNotFound } from './run-event.js';

/**
 * Whether an account may see a candidacy. AAP: its organism's (admin) or its site's (antenna)
 * candidacies; certificateur: those whose feasibility dossier was sent to it at least once,
 * narrowed to its departments ∩ certifications for a local account; admin: all.
 */
export function accountSees(account: AccountScope, record: CandidacyRecord): boolean {
  const { candidacy, candidate } = record;
  switch (account.role) {
    case 'admin':
      return true;
    case 'aap':
      return account.organismId !== null && candidacy.aapOrganismId === account.organismId;
    case 'aap-antenna':
      return account.aapSiteId !== null && candidacy.aapId === account.aapSiteId;
    case 'certificateur':
    case 'certificateur-local': {
      const sentToIt = record.feasibilityDossiers.some(
        (dossier) => dossier.certificateurId === account.certificateurId,
      );
      if (!sentToIt || account.role === 'certificateur') return sentToIt;
      return (
        (account.departments ?? []).includes(candidate.department) &&
        (account.certificationCodes ?? []).includes(candidacy.certificationCode)
      );
    }
  }
}

/** The state-machine actor an account acts as. */
export function actorOf(account: AccountScope): CandidacyActor {
  if (account.role === 'admin') return 'ADMIN';
  return account.role === 'aap' || account.role === 'aap-antenna' ? 'AAP' : 'CERTIFICATEUR';
}

/**
 * The authorisation of an account's action on one candidacy: 404 when it may not see it (its
 * existence must not leak), 403 when a certificateur sees it but the dossier is now with another.
 */
export function authorizeAccount(account: AccountScope) {
  return (record: CandidacyRecord): void => {
    if (!accountSees(account, record)) throw candidacyNotFound();
    const isCertificateur =
      account.role === 'certificateur' || account.role === 'certificateur-local';
    if (isCertificateur && record.candidacy.certificateurId !== account.certificateurId) {
      throw new ProblemError(
        'forbidden',
        'Le dossier a été transmis à un autre certificateur : vous ne pouvez plus agir sur cette candidature.',
      );
    }
  };
}

/** Reading only: the same 404 rule, without the "current certificateur" condition. */
export function authorizeAccountRead(account: AccountScope) {
  return (record: CandidacyRecord): void => {
    if (!accountSees(account, record)) throw candidacyNotFound();
  };
}

/** A tracking code opens exactly its own candidacy. */
export function authorizeCandidate(candidacyId: string) {
  return (record: CandidacyRecord): void => {
    if (record.candidacy.id !== candidacyId) throw candidacyNotFound();
  };
}
