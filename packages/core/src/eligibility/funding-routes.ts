import * as v from 'valibot';
import type { Label } from '../vocabulary/define-vocabulary.js';
import type { Typology } from '../vocabulary/eligibility.js';

/** An extra condition, beyond the typology, for a route to be suggested. */
export type FundingCondition = 'EMPLOYER_READY_FOR_CONTRAT_PRO';

export interface FundingRoute {
  readonly name: Label;
  readonly explanation: Label;
  /** Typologies the route fits; SALARIE_PUBLIC never reaches this table (it is redirected). */
  readonly typologies: readonly Typology[];
  readonly requires?: readonly FundingCondition[];
}

/**
 * The financing routes suggested to an eligible person, in the order they are shown.
 * Edit this table to change what is suggested to whom: the evaluation only filters it.
 */
export const FUNDING_ROUTES = {
  CPF: {
    name: { fr: 'Compte personnel de formation (CPF)', en: 'Personal training account (CPF)' },
    explanation: {
      fr: "Les droits acquis sur votre CPF, y compris ceux du compte d'engagement citoyen (bénévolat associatif), financent l'accompagnement VAE ; la demande se fait sur Mon Compte Formation.",
      en: 'The rights on your CPF, including those earned through the citizen engagement account (volunteering), pay for the VAE accompaniment; you apply on Mon Compte Formation.',
    },
    typologies: [
      'SALARIE_PRIVE',
      'DEMANDEUR_EMPLOI',
      'TRAVAILLEUR_NON_SALARIE',
      'BENEVOLE',
      'AIDANTS_FAMILIAUX',
      'AIDANTS_FAMILIAUX_AGRICOLES',
      'TITULAIRE_MANDAT_ELECTIF',
      'AUTRE',
    ],
  },
  EMPLOYEUR: {
    name: { fr: 'Votre employeur', en: 'Your employer' },
    explanation: {
      fr: "Votre employeur peut financer la VAE dans son plan de développement des compétences ; vous pouvez aussi demander un congé VAE pour l'accompagnement et le jury.",
      en: 'Your employer can pay for the VAE through its skills development plan; you can also ask for VAE leave to attend the accompaniment and the jury.',
    },
    typologies: ['SALARIE_PRIVE'],
  },
  OPCO: {
    name: { fr: 'Opérateur de compétences (OPCO)', en: 'Skills operator (OPCO)' },
    explanation: {
      fr: "L'OPCO de la branche de votre employeur peut prendre en charge tout ou partie des frais, notamment dans les entreprises de moins de 50 salariés ou dans le cadre d'une reconversion ou promotion par alternance (Pro-A).",
      en: "The OPCO of your employer's branch can cover all or part of the costs, especially in companies with fewer than 50 employees or through a work-study retraining or promotion scheme (Pro-A).",
    },
    typologies: ['SALARIE_PRIVE'],
  },
  FRANCE_TRAVAIL: {
    name: { fr: 'France Travail', en: 'France Travail' },
    explanation: {
      fr: 'Votre conseiller France Travail peut financer ou compléter le financement de votre VAE (aide individuelle à la formation).',
      en: 'Your France Travail adviser can pay for your VAE or top up its funding (individual training grant).',
    },
    typologies: ['DEMANDEUR_EMPLOI'],
  },
  CONTRAT_PRO_VAE: {
    name: {
      fr: 'Contrat de professionnalisation associant la VAE',
      en: 'Professionalisation contract combined with VAE',
    },
    explanation: {
      fr: "Expérimentation : un employeur vous recrute en contrat de professionnalisation (36 mois au plus) qui associe travail, formation et accompagnement VAE ; l'OPCO finance le parcours jusqu'à 9 000 € par an.",
      en: 'Experiment: an employer hires you on a professionalisation contract (36 months at most) combining work, training and VAE accompaniment; the OPCO funds the path up to €9,000 a year.',
    },
    typologies: ['DEMANDEUR_EMPLOI'],
    requires: ['EMPLOYER_READY_FOR_CONTRAT_PRO'],
  },
  FONDS_ASSURANCE_FORMATION: {
    name: {
      fr: "Fonds d'assurance formation des non-salariés",
      en: 'Training insurance fund for the self-employed',
    },
    explanation: {
      fr: 'Le fonds auquel vous cotisez (AGEFICE, FIF PL, FAFCEA, ou VIVEA pour les exploitants agricoles et leurs aidants familiaux) peut prendre en charge la VAE.',
      en: 'The fund you contribute to (AGEFICE, FIF PL, FAFCEA, or VIVEA for farmers and their family helpers) can cover the VAE.',
    },
    typologies: ['TRAVAILLEUR_NON_SALARIE', 'AIDANTS_FAMILIAUX_AGRICOLES'],
  },
  DIF_ELUS: {
    name: {
      fr: 'Droit individuel à la formation des élus (DIF élus)',
      en: 'Training right of local elected officials (DIF élus)',
    },
    explanation: {
      fr: 'Votre DIF élus, mobilisable sur Mon Compte Formation, peut financer une VAE, notamment pour préparer votre réinsertion professionnelle.',
      en: 'Your DIF élus, used through Mon Compte Formation, can pay for a VAE, notably to prepare your return to work.',
    },
    typologies: ['TITULAIRE_MANDAT_ELECTIF'],
  },
  REGION: {
    name: { fr: 'Votre région', en: 'Your region' },
    explanation: {
      fr: 'Selon votre région, le conseil régional aide à financer la VAE (chèque VAE, aides aux demandeurs d’emploi, aux aidants…) ; les conditions varient, le Carif-Oref de votre région les détaille.',
      en: 'Depending on your region, the regional council helps to pay for VAE (VAE voucher, grants for job seekers, carers…); conditions vary and your regional Carif-Oref lists them.',
    },
    typologies: [
      'SALARIE_PRIVE',
      'DEMANDEUR_EMPLOI',
      'TRAVAILLEUR_NON_SALARIE',
      'BENEVOLE',
      'AIDANTS_FAMILIAUX',
      'AIDANTS_FAMILIAUX_AGRICOLES',
      'RETRAITE',
      'AUTRE',
    ],
  },
  FONDS_PROPRES: {
    name: { fr: 'Financement personnel', en: 'Personal funds' },
    explanation: {
      fr: "Vous pouvez financer tout ou partie de votre VAE vous-même, seul ou en complément d'autres financements.",
      en: 'You can pay for all or part of your VAE yourself, alone or on top of other funding.',
    },
    typologies: [
      'SALARIE_PRIVE',
      'DEMANDEUR_EMPLOI',
      'TRAVAILLEUR_NON_SALARIE',
      'BENEVOLE',
      'AIDANTS_FAMILIAUX',
      'AIDANTS_FAMILIAUX_AGRICOLES',
      'TITULAIRE_MANDAT_ELECTIF',
      'RETRAITE',
      'AUTRE',
    ],
  },
} as const satisfies Record<string, FundingRoute>;

export type FundingRouteCode = keyof typeof FUNDING_ROUTES;

export const FUNDING_ROUTE_CODES = Object.keys(FUNDING_ROUTES) as [
  FundingRouteCode,
  ...FundingRouteCode[],
];
export const FundingRouteCodeSchema = v.picklist(FUNDING_ROUTE_CODES);
