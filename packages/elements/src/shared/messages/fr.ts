import type { Message } from './message.js';

/**
 * The French catalogue: the reference for keys and `{placeholders}` (the English one must
 * match it). Keys are `<area>.<what>`; domain labels (statuses, typologies…) are not here,
 * they come from the vocabularies of @vae/core.
 */
export const fr = {
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.close': 'Fermer',
  'common.results': { zero: 'Aucun résultat', one: '{count} résultat', other: '{count} résultats' },
  'common.updatedOn': 'Mis à jour le {date}',
  'error.generic': 'Une erreur est survenue. Réessayez dans quelques instants.',
  'error.network': 'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
  'error.tooManyRequests': 'Trop de demandes en peu de temps. Réessayez dans {seconds} s.',
  'error.invalidValue': 'La valeur « {value} » n’est pas reconnue.',
} as const satisfies Record<string, Message>;
