import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import type { CandidacyRecord } from '../candidacies/candidacy-record.js';
import {
  type DossierUpload,
  insertDossierDocuments,
  readDossierUpload,
} from '../candidacies/dossier-upload.js';
import type { ActingParty } from '../candidacies/persist-event.js';
import { loadCandidacy } from '../candidacies/repository.js';
import { candidacyNotFound, runCandidacyEvent } from '../candidacies/run-event.js';
import { certificateursCovering } from './repository.js';

export const SendFeasibilityFieldsSchema = v.object({
  certificateurId: v.pipe(v.string(), v.trim(), v.minLength(1, 'Choisissez un certificateur')),
});

/** The certificateurs that may receive this candidacy's feasibility dossier. */
export async function eligibleCertificateurs(
  c: Context<AppEnv>,
  candidacyId: string,
  authorize: (record: CandidacyRecord) => void,
) {
  const { db } = c.get('deps');
  const record = await loadCandidacy(db.orm, candidacyId);
  if (!record) throw candidacyNotFound();
  authorize(record);
  return certificateursCovering(
    db.orm,
    record.candidate.department,
    record.candidacy.certificationCode,
  );
}

/**
 * Sends (or resends after INCOMPLETE) the feasibility dossier: the PDF upload, then the event, to
 * a certificateur covering the candidate's department and the certification (422 otherwise).
 */
export async function sendFeasibilityDossier(
  c: Context<AppEnv>,
  candidacyId: string,
  party: ActingParty,
  authorize: (record: CandidacyRecord) => void,
) {
  const deps = c.get('deps');
  await authorizeBeforeUpload(c, candidacyId, authorize);
  const upload: DossierUpload<v.InferOutput<typeof SendFeasibilityFieldsSchema>> =
    await readDossierUpload(c, SendFeasibilityFieldsSchema);
  const { certificateurId } = upload.fields;
  return runCandidacyEvent(deps, {
    candidacyId,
    party,
    event: { type: 'SEND_FEASIBILITY', certificateurId },
    authorize,
    check: async (tx, record) => {
      const covering = await certificateursCovering(
        tx,
        record.candidate.department,
        record.candidacy.certificationCode,
      );
      if (!covering.some((one) => one.id === certificateurId)) {
        throw new ProblemError(
          'unprocessable',
          'Ce certificateur ne couvre pas le département du candidat et la certification.',
          {
            errors: [
              { path: 'certificateurId', in: 'body', message: 'Certificateur non éligible' },
            ],
          },
        );
      }
    },
    afterPersist: (tx, dossier) =>
      insertDossierDocuments(tx, candidacyId, dossier, upload, deps.clock.now().toISOString()),
  });
}

/**
 * Checks the caller may act on the candidacy before its upload is read: a caller outside the
 * scope gets its 404 without the server storing a byte (the event re-checks in its transaction).
 */
export async function authorizeBeforeUpload(
  c: Context<AppEnv>,
  candidacyId: string,
  authorize: (record: CandidacyRecord) => void,
): Promise<void> {
  const record = await loadCandidacy(c.get('deps').db.orm, candidacyId);
  if (!record) throw candidacyNotFound();
  authorize(record);
}
