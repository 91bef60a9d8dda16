import type * as v from 'valibot';
import { defineVocabulary } from './define-vocabulary.js';

export const AapModality = defineVocabulary(['LIEU_ACCUEIL', 'A_DISTANCE'], {
  LIEU_ACCUEIL: { fr: 'Sur place', en: 'On site' },
  A_DISTANCE: { fr: 'À distance', en: 'Remote' },
});
export type AapModality = v.InferOutput<typeof AapModality.schema>;

/** Zones a remote AAP may serve: mainland France or one overseas territory each. */
export const RemoteZone = defineVocabulary(
  [
    'FRANCE_METROPOLITAINE',
    'GUADELOUPE',
    'GUYANE',
    'MARTINIQUE',
    'MAYOTTE',
    'LA_REUNION',
    'SAINT_PIERRE_ET_MIQUELON',
    'SAINT_BARTHELEMY',
    'SAINT_MARTIN',
    'POLYNESIE_FRANCAISE',
    'NOUVELLE_CALEDONIE',
    'WALLIS_ET_FUTUNA',
  ],
  {
    FRANCE_METROPOLITAINE: { fr: 'France métropolitaine', en: 'Mainland France' },
    GUADELOUPE: { fr: 'Guadeloupe', en: 'Guadeloupe' },
    GUYANE: { fr: 'Guyane', en: 'French Guiana' },
    MARTINIQUE: { fr: 'Martinique', en: 'Martinique' },
    MAYOTTE: { fr: 'Mayotte', en: 'Mayotte' },
    LA_REUNION: { fr: 'La Réunion', en: 'Réunion' },
    SAINT_PIERRE_ET_MIQUELON: { fr: 'Saint-Pierre-et-Miquelon', en: 'Saint Pierre and Miquelon' },
    SAINT_BARTHELEMY: { fr: 'Saint-Barthélemy', en: 'Saint Barthélemy' },
    SAINT_MARTIN: { fr: 'Saint-Martin', en: 'Saint Martin' },
    POLYNESIE_FRANCAISE: { fr: 'Polynésie française', en: 'French Polynesia' },
    NOUVELLE_CALEDONIE: { fr: 'Nouvelle-Calédonie', en: 'New Caledonia' },
    WALLIS_ET_FUTUNA: { fr: 'Wallis-et-Futuna', en: 'Wallis and Futuna' },
  },
);
export type RemoteZone = v.InferOutput<typeof RemoteZone.schema>;
