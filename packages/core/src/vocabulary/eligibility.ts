import type * as v from 'valibot';
import { defineVocabulary } from './define-vocabulary.js';

/** Status of the person (typologie). SALARIE_PUBLIC is redirected to a counselling actor. */
export const Typology = defineVocabulary(
  [
    'SALARIE_PRIVE',
    'DEMANDEUR_EMPLOI',
    'TRAVAILLEUR_NON_SALARIE',
    'SALARIE_PUBLIC',
    'BENEVOLE',
    'AIDANTS_FAMILIAUX',
    'AIDANTS_FAMILIAUX_AGRICOLES',
    'TITULAIRE_MANDAT_ELECTIF',
    'RETRAITE',
    'AUTRE',
  ],
  {
    SALARIE_PRIVE: { fr: 'Salarié du privé', en: 'Private-sector employee' },
    DEMANDEUR_EMPLOI: { fr: "Demandeur d'emploi", en: 'Job seeker' },
    TRAVAILLEUR_NON_SALARIE: { fr: 'Travailleur indépendant', en: 'Self-employed' },
    SALARIE_PUBLIC: { fr: 'Agent de la fonction publique', en: 'Public-sector employee' },
    BENEVOLE: { fr: 'Bénévole', en: 'Volunteer' },
    AIDANTS_FAMILIAUX: { fr: 'Aidant familial', en: 'Family carer' },
    AIDANTS_FAMILIAUX_AGRICOLES: { fr: 'Aidant familial agricole', en: 'Family carer on a farm' },
    TITULAIRE_MANDAT_ELECTIF: { fr: "Titulaire d'un mandat électif", en: 'Elected official' },
    RETRAITE: { fr: 'Retraité', en: 'Retired' },
    AUTRE: { fr: 'Autre situation', en: 'Other situation' },
  },
);
export type Typology = v.InferOutput<typeof Typology.schema>;

export const ExperienceDuration = defineVocabulary(
  [
    'MOINS_D_UN_AN',
    'ENTRE_UN_ET_TROIS_ANS',
    'PLUS_DE_TROIS_ANS',
    'PLUS_DE_CINQ_ANS',
    'PLUS_DE_DIX_ANS',
  ],
  {
    MOINS_D_UN_AN: { fr: "Moins d'un an", en: 'Less than a year' },
    ENTRE_UN_ET_TROIS_ANS: { fr: 'Entre 1 et 3 ans', en: 'Between 1 and 3 years' },
    PLUS_DE_TROIS_ANS: { fr: 'Plus de 3 ans', en: 'More than 3 years' },
    PLUS_DE_CINQ_ANS: { fr: 'Plus de 5 ans', en: 'More than 5 years' },
    PLUS_DE_DIX_ANS: { fr: 'Plus de 10 ans', en: 'More than 10 years' },
  },
);
export type ExperienceDuration = v.InferOutput<typeof ExperienceDuration.schema>;

export const RecevabiliteSituation = defineVocabulary(
  ['PREMIERE_DEMANDE_RECEVABILITE', 'DETENTEUR_RECEVABILITE'],
  {
    PREMIERE_DEMANDE_RECEVABILITE: {
      fr: 'Première demande de recevabilité',
      en: 'First admissibility request',
    },
    DETENTEUR_RECEVABILITE: {
      fr: "Déjà détenteur d'une recevabilité pour cette certification",
      en: 'Already holds an admissibility decision for this certification',
    },
  },
);
export type RecevabiliteSituation = v.InferOutput<typeof RecevabiliteSituation.schema>;
