import type { Lang } from '../shared/lang.js';
import { formatMessage } from '../shared/lang.js';
import type { Text, TextParams } from './text.js';

/** The strings of the contrat pro + VAE estimate (loaded with it). */
const fr = {
  title: 'Estimer le financement du contrat de professionnalisation',
  intro:
    'Indiquez les coûts prévus pour tout le contrat. L’OPCO finance jusqu’à {cap} par an, moins les financements publics déjà reçus pour les mêmes coûts.',
  duration: 'Durée du contrat, en mois',
  durationHint: 'De 1 à {max} mois.',
  costs: 'Coûts prévus, en euros',
  public: 'Financements publics déjà reçus, en euros (facultatif)',
  submit: 'Calculer',
  'error.duration': 'Saisissez une durée de 1 à {max} mois, en mois entiers.',
  'error.amount': '{field} : saisissez un montant en euros, par exemple 1500 ou 1500,50.',
  caption: 'Estimation pour {months} mois de contrat',
  component: 'Poste',
  requested: 'Prévu',
  cap: 'Plafond',
  publicFunding: 'Déjà financé',
  accepted: 'Pris en charge par l’OPCO',
  remaining: 'Reste à charge',
  noCap: 'Sans plafond propre',
  limitedBy: 'limité par : {limits}',
  'limit.COMPONENT_CAP': 'plafond du poste',
  'limit.PUBLIC_FUNDING': 'financements publics déjà reçus',
  'limit.ANNUAL_TOTAL_CAP': 'plafond annuel de {cap}',
  total: 'Total',
  year: 'Année {year} ({months} mois) : {amount}',
  errorSummary: { one: 'Il y a {count} erreur', other: 'Il y a {count} erreurs' },
} as const satisfies Record<string, Text>;

export type EstimateMessage = keyof typeof fr;

const en: { readonly [K in EstimateMessage]: Text } = {
  title: 'Estimate the funding of the professionalisation contract',
  intro:
    'Enter the planned costs for the whole contract. The OPCO funds up to {cap} a year, less the public funding already received for the same costs.',
  duration: 'Length of the contract, in months',
  durationHint: 'From 1 to {max} months.',
  costs: 'Planned costs, in euros',
  public: 'Public funding already received, in euros (optional)',
  submit: 'Calculate',
  'error.duration': 'Enter a length from 1 to {max} whole months.',
  'error.amount': '{field}: enter an amount in euros, for example 1500 or 1500.50.',
  caption: 'Estimate for a {months}-month contract',
  component: 'Cost',
  requested: 'Planned',
  cap: 'Cap',
  publicFunding: 'Already funded',
  accepted: 'Funded by the OPCO',
  remaining: 'Left to pay',
  noCap: 'No cap of its own',
  limitedBy: 'limited by: {limits}',
  'limit.COMPONENT_CAP': 'cost cap',
  'limit.PUBLIC_FUNDING': 'public funding already received',
  'limit.ANNUAL_TOTAL_CAP': 'yearly cap of {cap}',
  total: 'Total',
  year: 'Year {year} ({months} months): {amount}',
  errorSummary: {
    one: 'There is {count} problem',
    other: 'There are {count} problems',
  },
};

export function estimateText(lang: Lang, key: EstimateMessage, params?: TextParams): string {
  return formatMessage(lang, (lang === 'en' ? en : fr)[key], params);
}
