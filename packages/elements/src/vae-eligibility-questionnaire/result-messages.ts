import type { Lang } from '../shared/lang.js';
import { formatMessage } from '../shared/lang.js';
import type { Text, TextParams } from './text.js';

/** The strings of the result screen (loaded with it). */
const fr = {
  'outcome.ELIGIBLE': 'Vous pouvez faire une VAE pour cette certification',
  'outcome.NOT_ELIGIBLE': 'Vous ne pouvez pas faire de VAE pour cette certification pour l’instant',
  'outcome.REDIRECT_CONSEIL': 'Votre VAE se prépare avec un conseiller',
  'result.why': 'Pourquoi',
  'result.goodToKnow': 'À savoir',
  'result.funding': 'Pour financer votre VAE',
  'result.next': 'Prochaine étape',
  'next.ELIGIBLE':
    'Choisissez un organisme d’accompagnement : il vous aidera à constituer votre dossier, puis à préparer le jury.',
  'next.NOT_ELIGIBLE':
    'Vous pouvez choisir une autre certification, ou modifier vos réponses si l’une d’elles est inexacte.',
  'next.REDIRECT_CONSEIL':
    'Adressez-vous au service des ressources humaines de votre employeur public ou à un conseiller en évolution professionnelle. Aucun compte n’est à créer ici.',
  'next.link': 'Choisir un organisme d’accompagnement',
  'redirect.defaultLabel': 'Contacter un conseiller',
  edit: 'Modifier mes réponses',
  restart: 'Recommencer',
} as const satisfies Record<string, Text>;

export type ResultMessage = keyof typeof fr;

const en: { readonly [K in ResultMessage]: Text } = {
  'outcome.ELIGIBLE': 'You can do a VAE for this certification',
  'outcome.NOT_ELIGIBLE': 'You cannot do a VAE for this certification for now',
  'outcome.REDIRECT_CONSEIL': 'Your VAE is prepared with an adviser',
  'result.why': 'Why',
  'result.goodToKnow': 'Good to know',
  'result.funding': 'Funding your VAE',
  'result.next': 'Next step',
  'next.ELIGIBLE':
    'Choose an accompanying organisation: it will help you build your dossier, then prepare for the jury.',
  'next.NOT_ELIGIBLE':
    'You can choose another certification, or change your answers if one of them is wrong.',
  'next.REDIRECT_CONSEIL':
    'Contact the HR department of your public employer or a career development adviser. There is no account to create here.',
  'next.link': 'Choose an accompanying organisation',
  'redirect.defaultLabel': 'Contact an adviser',
  edit: 'Change my answers',
  restart: 'Start again',
};

export function resultText(lang: Lang, key: ResultMessage, params?: TextParams): string {
  return formatMessage(lang, (lang === 'en' ? en : fr)[key], params);
}
