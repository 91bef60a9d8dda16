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
  'eligibility.target': 'Certification visée',
  'eligibility.level': 'niveau {level}',
  'eligibility.noCertification':
    'Choisissez d’abord une certification : les questions d’éligibilité portent sur elle.',
  'eligibility.certificationLoading': 'Chargement de la certification…',
  'eligibility.certificationNotFound':
    'La certification {code} est introuvable dans le catalogue. Choisissez-en une autre.',
  'eligibility.certificationInvalid':
    '« {code} » n’est pas un code de certification RNCP (exemple : RNCP35830).',
  'eligibility.certificationError':
    'Les informations de la certification n’ont pas pu être chargées.',
  'eligibility.step': 'Étape {current} sur {total}',
  'eligibility.back': 'Retour',
  'eligibility.continue': 'Continuer',
  'eligibility.yes': 'Oui',
  'eligibility.no': 'Non',
  'eligibility.q.typology': 'Quelle est votre situation actuelle ?',
  'eligibility.q.employerReady':
    'Un employeur est-il prêt à vous recruter en contrat de professionnalisation associant la VAE ?',
  'eligibility.hint.employerReady':
    'Ce contrat associe travail, formation et accompagnement VAE ; l’OPCO de l’employeur le finance.',
  'eligibility.q.experience':
    'Avez-vous une expérience en rapport direct avec cette certification ?',
  'eligibility.hint.experience':
    'Emploi salarié ou indépendant, bénévolat, mandat électif, aide à un proche : tout compte.',
  'eligibility.q.duration': 'Combien de temps cette expérience a-t-elle duré, au total ?',
  'eligibility.hint.duration': 'Additionnez toutes les périodes, même à temps partiel.',
  'eligibility.q.recevabilite': 'Où en êtes-vous pour cette certification ?',
  'eligibility.hint.recevabilite':
    'La recevabilité est la décision du certificateur qui accepte votre dossier de faisabilité.',
  'eligibility.q.validUntil': 'Jusqu’à quelle date votre recevabilité est-elle valable ?',
  'eligibility.hint.validUntil': 'Date écrite sur la décision, par exemple 31/12/2026.',
  'eligibility.q.filedThis':
    'Depuis le 1er janvier, avez-vous déposé un dossier de faisabilité pour cette certification ?',
  'eligibility.hint.filed': 'Ne comptez ni les dossiers en brouillon ni ceux qui ont été refusés.',
  'eligibility.q.filedOther':
    'Depuis le 1er janvier, pour combien d’autres certifications avez-vous déposé un dossier de faisabilité ?',
  'eligibility.filedOther.0': 'Aucune',
  'eligibility.filedOther.3': '3 ou plus',
  'eligibility.q.department': 'Dans quel département habitez-vous ?',
  'eligibility.hint.department': 'Son numéro, par exemple 75, 2A ou 974.',
  'eligibility.error.typology': 'Indiquez votre situation.',
  'eligibility.error.employerReady': 'Indiquez si un employeur est prêt à vous recruter.',
  'eligibility.error.experience':
    'Indiquez si votre expérience est en rapport avec la certification.',
  'eligibility.error.duration': 'Indiquez la durée de votre expérience.',
  'eligibility.error.recevabilite': 'Indiquez où vous en êtes pour cette certification.',
  'eligibility.error.validUntil': 'Saisissez la date de fin de validité de votre recevabilité.',
  'eligibility.error.validUntilInvalid':
    'Saisissez une date qui existe, au format JJ/MM/AAAA, par exemple 31/12/2026.',
  'eligibility.error.filedThis':
    'Indiquez si vous avez déposé un dossier pour cette certification.',
  'eligibility.error.filedOther': 'Indiquez pour combien d’autres certifications.',
  'eligibility.error.department': 'Saisissez votre département.',
  'eligibility.error.departmentInvalid':
    'Ce département n’existe pas : saisissez un numéro comme 75, 2A ou 974.',
  'eligibility.errorSummary': { one: 'Il y a {count} erreur', other: 'Il y a {count} erreurs' },
  'eligibility.summary.title': 'Vérifiez vos réponses',
  'eligibility.summary.change': 'Modifier',
  'eligibility.summary.submit': 'Voir le résultat',
  'eligibility.result.checking': 'Vérification de votre éligibilité…',
  'eligibility.result.unconfirmed':
    'Ce résultat calculé sur votre appareil n’a pas encore pu être confirmé.',
  'eligibility.result.failed': 'Votre éligibilité n’a pas pu être vérifiée.',
  'eligibility.result.rejected': 'Certaines réponses ont été refusées : corrigez-les.',
  'eligibility.result.noLevel':
    'Cette certification n’a pas de niveau dans le catalogue : son éligibilité ne peut pas être évaluée en ligne.',
  'eligibility.outcome.ELIGIBLE': 'Vous pouvez faire une VAE pour cette certification',
  'eligibility.outcome.NOT_ELIGIBLE':
    'Vous ne pouvez pas faire de VAE pour cette certification pour l’instant',
  'eligibility.outcome.REDIRECT_CONSEIL': 'Votre VAE se prépare avec un conseiller',
  'eligibility.result.why': 'Pourquoi',
  'eligibility.result.goodToKnow': 'À savoir',
  'eligibility.result.funding': 'Pour financer votre VAE',
  'eligibility.result.next': 'Prochaine étape',
  'eligibility.next.ELIGIBLE':
    'Choisissez un organisme d’accompagnement : il vous aidera à constituer votre dossier, puis à préparer le jury.',
  'eligibility.next.NOT_ELIGIBLE':
    'Vous pouvez choisir une autre certification, ou modifier vos réponses si l’une d’elles est inexacte.',
  'eligibility.next.REDIRECT_CONSEIL':
    'Adressez-vous au service des ressources humaines de votre employeur public ou à un conseiller en évolution professionnelle. Aucun compte n’est à créer ici.',
  'eligibility.next.link': 'Choisir un organisme d’accompagnement',
  'eligibility.redirect.defaultLabel': 'Contacter un conseiller',
  'eligibility.edit': 'Modifier mes réponses',
  'eligibility.restart': 'Recommencer',
  'eligibility.estimate.title': 'Estimer le financement du contrat de professionnalisation',
  'eligibility.estimate.intro':
    'Indiquez les coûts prévus pour tout le contrat. L’OPCO finance jusqu’à {cap} par an, moins les financements publics déjà reçus pour les mêmes coûts.',
  'eligibility.estimate.duration': 'Durée du contrat, en mois',
  'eligibility.estimate.durationHint': 'De 1 à {max} mois.',
  'eligibility.estimate.costs': 'Coûts prévus, en euros',
  'eligibility.estimate.public': 'Financements publics déjà reçus, en euros (facultatif)',
  'eligibility.estimate.submit': 'Calculer',
  'eligibility.estimate.error.duration': 'Saisissez une durée de 1 à {max} mois, en mois entiers.',
  'eligibility.estimate.error.amount':
    '{field} : saisissez un montant en euros, par exemple 1500 ou 1500,50.',
  'eligibility.estimate.caption': 'Estimation pour {months} mois, en euros',
  'eligibility.estimate.component': 'Poste',
  'eligibility.estimate.requested': 'Prévu',
  'eligibility.estimate.cap': 'Plafond',
  'eligibility.estimate.publicFunding': 'Déjà financé',
  'eligibility.estimate.accepted': 'Pris en charge par l’OPCO',
  'eligibility.estimate.remaining': 'Reste à charge',
  'eligibility.estimate.noCap': 'Sans plafond propre',
  'eligibility.estimate.total': 'Total',
  'eligibility.estimate.year': 'Année {year} ({months} mois) : {amount}',
} as const satisfies Record<string, Message>;
