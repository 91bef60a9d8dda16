import type * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/index.js';

/**
 * The kinds of people who trigger candidacy events. The server maps its accounts to a kind and
 * checks identity itself (this AAP is the candidacy's AAP, this certificateur covers it).
 */
export const CandidacyActor = defineVocabulary(['CANDIDATE', 'AAP', 'CERTIFICATEUR', 'ADMIN'], {
  CANDIDATE: { fr: 'Candidat', en: 'Candidate' },
  AAP: { fr: 'Architecte accompagnateur de parcours', en: 'Accompanying organism' },
  CERTIFICATEUR: { fr: 'Certificateur', en: 'Certifier' },
  ADMIN: { fr: 'Administrateur', en: 'Administrator' },
});
export type CandidacyActor = v.InferOutput<typeof CandidacyActor.schema>;
