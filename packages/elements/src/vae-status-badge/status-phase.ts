import type { CandidacyStatus } from '@vae/core';

/** How far the candidacy got, as the badge shows it (one colour each). */
export type StatusPhase = 'draft' | 'in-progress' | 'positive' | 'negative' | 'archived';

/** Recevabilité is the only decision a status records; the jury result is not a status. */
const PHASE_BY_STATUS: { readonly [S in CandidacyStatus]: StatusPhase } = {
  PROJET: 'draft',
  VALIDATION: 'in-progress',
  PRISE_EN_CHARGE: 'in-progress',
  PARCOURS_ENVOYE: 'in-progress',
  PARCOURS_CONFIRME: 'in-progress',
  DOSSIER_FAISABILITE_ENVOYE: 'in-progress',
  DOSSIER_FAISABILITE_COMPLET: 'in-progress',
  DOSSIER_FAISABILITE_INCOMPLET: 'in-progress',
  DOSSIER_FAISABILITE_RECEVABLE: 'positive',
  DOSSIER_FAISABILITE_NON_RECEVABLE: 'negative',
  DOSSIER_DE_VALIDATION_ENVOYE: 'in-progress',
  DOSSIER_DE_VALIDATION_SIGNALE: 'in-progress',
  ARCHIVE: 'archived',
};

export function statusPhase(status: CandidacyStatus): StatusPhase {
  return PHASE_BY_STATUS[status];
}
