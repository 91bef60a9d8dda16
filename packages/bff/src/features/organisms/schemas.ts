import {
  AapModality,
  CERTIFICATION_LEVELS,
  CertificationCodeSchema,
  isDepartmentCode,
  PostalCodeSchema,
  RemoteZone,
} from '@vae/core';
import * as v from 'valibot';
import { MAX_SEED } from './random-order.js';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
export const MAX_OFFSET = 10_000;

/**
 * A query parameter that may be sent empty (`?q=&postalCode=`, as a form sends blank fields):
 * blank means absent. The description comes before the transform so the OpenAPI document keeps it.
 */
function optionalParam<TOutput>(
  description: string,
  examples: readonly string[],
  schema: v.GenericSchema<string, TOutput>,
) {
  return v.optional(
    v.pipe(
      v.string(),
      v.description(description),
      v.examples(examples),
      v.trim(),
      v.transform((value) => (value === '' ? undefined : value)),
      v.optional(schema),
    ),
  );
}

function integerParam(min: number, max: number, message: string) {
  return v.pipe(
    v.string(),
    v.regex(/^\d{1,10}$/, message),
    v.transform(Number),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

const MODALITY_MESSAGE = `Modalité inconnue : valeurs permises ${AapModality.values.join(', ')}`;
const DEPARTMENT_MESSAGE =
  'Département inconnu : valeurs permises 01 à 95, 2A, 2B, 971 à 978, 986 à 988';
const LEVEL_MESSAGE = `Niveau inconnu : valeurs permises ${CERTIFICATION_LEVELS.join(', ')}`;

export const OrganismSearchQuerySchema = v.object({
  certification: optionalParam(
    'Code RNCP ou RS de la certification visée : seuls les AAP qui peuvent l’accompagner sont proposés',
    ['RNCP35830'],
    CertificationCodeSchema,
  ),
  q: optionalParam(
    'Mots cherchés dans le nom public et la raison sociale (sans accents ni casse ; « forma » trouve « Formation »)',
    ['formation lyon'],
    v.pipe(v.string(), v.maxLength(100, 'Recherche trop longue : 100 caractères au plus')),
  ),
  modality: optionalParam(
    `Modalité d’accompagnement : ${AapModality.values.join(' (sur place), ')} (à distance)`,
    ['LIEU_ACCUEIL'],
    v.picklist(AapModality.values, MODALITY_MESSAGE),
  ),
  postalCode: optionalParam(
    'Code postal du candidat : les AAP sur place sont triés par distance, les AAP à distance sont ceux de sa zone (métropole ou territoire d’outre-mer)',
    ['75011', '97400'],
    PostalCodeSchema,
  ),
  department: optionalParam(
    'Département du candidat : AAP sur place situés dans ce département ou qui le desservent, AAP à distance de sa zone',
    ['59', '2A', '974'],
    v.pipe(
      v.string(),
      v.toUpperCase(),
      v.transform((code) => (/^\d$/.test(code) ? `0${code}` : code)),
      v.check(isDepartmentCode, DEPARTMENT_MESSAGE),
    ),
  ),
  level: optionalParam(
    `Niveau de diplôme que l’AAP doit gérer (${CERTIFICATION_LEVELS.join(', ')})`,
    ['4'],
    v.pipe(
      v.picklist(
        CERTIFICATION_LEVELS.map((level) => String(level)),
        LEVEL_MESSAGE,
      ),
      v.transform(Number),
    ),
  ),
  pmr: optionalParam(
    'true : seulement les lieux accessibles aux personnes à mobilité réduite',
    ['true'],
    v.pipe(
      v.picklist(['true', 'false', '1', '0'], 'Valeurs permises : true, false'),
      v.transform((value) => value === 'true' || value === '1'),
    ),
  ),
  limit: optionalParam(
    `Taille de la page, ${DEFAULT_LIMIT} par défaut, ${MAX_LIMIT} au plus`,
    ['10'],
    integerParam(1, MAX_LIMIT, `Taille de page invalide : un entier de 1 à ${MAX_LIMIT}`),
  ),
  offset: optionalParam(
    'Rang du premier AAP de la page (0 pour la première)',
    ['10'],
    integerParam(0, MAX_OFFSET, `Décalage invalide : un entier de 0 à ${MAX_OFFSET}`),
  ),
  seed: optionalParam(
    'Graine de l’ordre aléatoire, rendue par la première page : renvoyée pour les pages suivantes, elle garde le même ordre (aucun AAP répété ni sauté)',
    ['2718281828'],
    integerParam(0, MAX_SEED, `Graine invalide : un entier de 0 à ${MAX_SEED}`),
  ),
});
export type OrganismSearchQuery = v.InferOutput<typeof OrganismSearchQuerySchema>;

const PlaceSchema = v.object({ code: v.string(), name: v.string() });

export const QualiopiSchema = v.object({
  /** The certificate carries the VAE mention. */
  vae: v.boolean(),
  expiresOn: v.nullable(v.pipe(v.string(), v.isoDate())),
  /** VAE mention and not expired today. */
  valid: v.boolean(),
});

/** What the picker shows of one AAP: public, commercial information only. */
export const OrganismItemSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  publicName: v.string(),
  legalName: v.string(),
  website: v.nullable(v.string()),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  address: v.nullable(v.string()),
  postalCode: v.nullable(v.string()),
  commune: v.nullable(PlaceSchema),
  department: v.nullable(PlaceSchema),
  modality: AapModality.schema,
  /** For remote AAPs: the zones they serve. */
  remoteZones: v.array(RemoteZone.schema),
  /** From the candidate's postal code to the site's commune, when both are known (on site). */
  distanceKm: v.optional(v.number()),
  /** Diploma levels managed, whatever the filière. */
  levels: v.array(v.number()),
  pmrAccessible: v.boolean(),
  /** Closed for absence or holidays (never true in search results). */
  closed: v.boolean(),
  qualiopi: QualiopiSchema,
});
export type OrganismItem = v.InferOutput<typeof OrganismItemSchema>;

export const OrganismPageSchema = v.object({
  items: v.array(OrganismItemSchema),
  /** How many AAPs match, over all pages. */
  total: v.number(),
  /** The seed of the random order: send it back with the next offset. */
  seed: v.number(),
  limit: v.number(),
  offset: v.number(),
  /** `random` (no search, no postal code), `distance` (postal code), `relevance` (q). */
  order: v.picklist(['random', 'distance', 'relevance']),
  /** Where distances are measured from, when a postal code was given. */
  origin: v.optional(
    v.object({
      postalCode: v.string(),
      department: PlaceSchema,
      zone: v.nullable(RemoteZone.schema),
      /** How precise the position is: the commune, its postal code's area, or the department. */
      precision: v.picklist(['commune', 'postal-code', 'department']),
    }),
  ),
});
export type OrganismPage = v.InferOutput<typeof OrganismPageSchema>;
