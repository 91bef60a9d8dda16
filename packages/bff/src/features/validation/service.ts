import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import type { CandidacyRecord } from '../candidacies/candidacy-record.js';
import { insertDossierDocuments, readDossierUpload } from '../candidacies/dossier-upload.js';
import type { ActingParty } from '../candidacies/persist-event.js';
import { runCandidacyEvent } from '../candidacies/run-event.js';
import { authorizeBeforeUpload } from '../feasibility/service.js';

/** Sends the validation dossier (PDF upload) to the certificateur that holds the candidacy. */
export async function sendValidationDossier(
  c: Context<AppEnv>,
  candidacyId: string,
  party: ActingParty,
  authorize: (record: CandidacyRecord) => void,
) {
  const deps = c.get('deps');
  await authorizeBeforeUpload(c, candidacyId, authorize);
  const upload = await readDossierUpload(c, v.object({}));
  return runCandidacyEvent(deps, {
    candidacyId,
    party,
    event: { type: 'SEND_VALIDATION_DOSSIER' },
    authorize,
    afterPersist: (tx, dossier) =>
      insertDossierDocuments(tx, candidacyId, dossier, upload, deps.clock.now().toISOString()),
  });
}
