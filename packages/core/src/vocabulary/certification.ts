import * as v from 'valibot';
import type { Label } from './define-vocabulary.js';

/** Levels of the national framework of certifications (cadre national), 3 (CAP) to 8 (doctorate). */
export const CERTIFICATION_LEVELS = [3, 4, 5, 6, 7, 8] as const;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export const CertificationLevelSchema = v.picklist(CERTIFICATION_LEVELS);

export const CERTIFICATION_LEVEL_LABELS: { readonly [L in CertificationLevel]: Label } = {
  3: { fr: 'Niveau 3 (CAP, BEP)', en: 'Level 3 (CAP, BEP)' },
  4: { fr: 'Niveau 4 (Baccalauréat)', en: 'Level 4 (Baccalauréat)' },
  5: { fr: 'Niveau 5 (Bac + 2)', en: 'Level 5 (2 years after the bac)' },
  6: { fr: 'Niveau 6 (Bac + 3, licence)', en: 'Level 6 (bachelor)' },
  7: { fr: 'Niveau 7 (Bac + 5, master)', en: 'Level 7 (master)' },
  8: { fr: 'Niveau 8 (doctorat)', en: 'Level 8 (doctorate)' },
};
