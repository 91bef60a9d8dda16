import { dossierForm, type LifecycleFixtures } from './lifecycle-fixtures.js';

/*
 * The routes of the authorisation tests (features/candidacies/authorization-*.test.ts), kept in
 * one list so that every test walks the same routes; each of those tests also checks the list
 * against the OpenAPI document, so a new route that is missing here fails them.
 */

export type Role = 'aap' | 'antenna' | 'certificateur' | 'local' | 'admin';
export type KeyName = keyof LifecycleFixtures['keys'];

/** One key per role, in the scope of the test candidacy, and one of the same role outside it. */
export const OWN: Record<Role, KeyName> = {
  aap: 'aap',
  antenna: 'antennaA1',
  certificateur: 'certificateur',
  local: 'localParis',
  admin: 'admin',
};
export const FOREIGN: Partial<Record<Role, KeyName>> = {
  aap: 'otherAap',
  antenna: 'antennaA2',
  certificateur: 'regional',
  local: 'localLyon',
};
export const ROLES = Object.keys(OWN) as Role[];
const AAP: Role[] = ['aap', 'antenna'];
const CERTIFICATEUR: Role[] = ['certificateur', 'local'];

export interface MatrixRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** The OpenAPI path (`{id}`, `{documentId}`). */
  path: string;
  roles: Role[];
  body?: () => { json?: unknown; form?: FormData };
  /** What `{id}` names when it is not the test candidacy (an AAP site). */
  id?: string;
}

/** Every route under /aap, /certificateur and /admin, with the roles it serves. */
export const PROFESSIONAL_ROUTES: MatrixRoute[] = [
  { method: 'GET', path: '/aap/candidacies', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/counts', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/take-over', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/parcours', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}/certificateurs', roles: AAP },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/feasibility',
    roles: AAP,
    body: () => ({ form: dossierForm({ certificateurId: 'any' }) }),
  },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/validation-dossier',
    roles: AAP,
    body: () => ({ form: dossierForm() }),
  },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/abandonment',
    roles: AAP,
    body: () => ({ json: { reason: 'Plus de nouvelles' } }),
  },
  { method: 'POST', path: '/aap/candidacies/{id}/archive', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/unarchive', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}/documents/{documentId}', roles: AAP },
  { method: 'GET', path: '/aap/sites', roles: AAP },
  {
    method: 'PATCH',
    path: '/aap/sites/{id}',
    roles: AAP,
    id: 'site-a1',
    body: () => ({ json: { closedForAbsence: false } }),
  },
  { method: 'GET', path: '/certificateur/feasibility', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/validation-dossiers', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/juries', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/counts', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/feasibility-stats', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/candidacies/{id}', roles: CERTIFICATEUR },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/feasibility/decision',
    roles: CERTIFICATEUR,
    body: () => ({ json: { decision: 'COMPLETE' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/validation-dossier/decision',
    roles: CERTIFICATEUR,
    body: () => ({ json: { decision: 'COMPLETE' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/jury',
    roles: CERTIFICATEUR,
    body: () => ({ json: { date: '2026-04-01' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/jury/result',
    roles: CERTIFICATEUR,
    body: () => ({ json: { result: 'FAILURE' } }),
  },
  {
    method: 'GET',
    path: '/certificateur/candidacies/{id}/documents/{documentId}',
    roles: CERTIFICATEUR,
  },
  { method: 'GET', path: '/admin/candidacies/{id}', roles: ['admin'] },
  {
    method: 'POST',
    path: '/admin/candidacies/{id}/feasibility/revocation',
    roles: ['admin'],
    body: () => ({ json: { reason: 'Erreur' } }),
  },
  {
    method: 'POST',
    path: '/admin/candidacies/{id}/jury/revocation',
    roles: ['admin'],
    body: () => ({ json: { reason: 'Erreur' } }),
  },
  { method: 'GET', path: '/admin/candidacies/{id}/documents/{documentId}', roles: ['admin'] },
];

/** Every route under /candidate: a tracking code or a candidacy embed session only. */
export const CANDIDATE_ROUTES: MatrixRoute[] = [
  { method: 'GET', path: '/candidate/candidacy', roles: [] },
  {
    method: 'POST',
    path: '/candidate/candidacy/submit',
    roles: [],
    body: () => ({ json: { aapId: 'site-a1' } }),
  },
  {
    method: 'PUT',
    path: '/candidate/candidacy/aap',
    roles: [],
    body: () => ({ json: { aapId: 'site-a2' } }),
  },
  {
    method: 'PUT',
    path: '/candidate/candidacy/certification',
    roles: [],
    body: () => ({ json: { certificationCode: 'RNCP37537' } }),
  },
  { method: 'POST', path: '/candidate/candidacy/parcours/confirm', roles: [] },
  { method: 'GET', path: '/candidate/candidacy/certificateurs', roles: [] },
  {
    method: 'POST',
    path: '/candidate/candidacy/feasibility',
    roles: [],
    body: () => ({ form: dossierForm({ certificateurId: 'x' }) }),
  },
  {
    method: 'POST',
    path: '/candidate/candidacy/validation-dossier',
    roles: [],
    body: () => ({ form: dossierForm() }),
  },
  {
    method: 'POST',
    path: '/candidate/candidacy/abandonment',
    roles: [],
    body: () => ({ json: { reason: 'Déménagement' } }),
  },
  { method: 'POST', path: '/candidate/candidacy/abandonment/confirm', roles: [] },
  { method: 'POST', path: '/candidate/candidacy/abandonment/refuse', roles: [] },
  { method: 'POST', path: '/candidate/candidacy/archive', roles: [] },
  { method: 'GET', path: '/candidate/candidacy/documents/{documentId}', roles: [] },
];

/** The path to request: `{id}` is the test candidacy unless the route names another id. */
export function concretePath(
  route: MatrixRoute,
  ids: { candidacyId: string; documentId: string },
): string {
  return route.path
    .replace('{id}', route.id ?? ids.candidacyId)
    .replace('{documentId}', ids.documentId);
}

/** `METHOD /path` of every operation of the OpenAPI document whose path matches, sorted. */
export function documentedOperations(document: unknown, paths: RegExp): string[] {
  return Object.entries((document as { paths: Record<string, object> }).paths)
    .filter(([path]) => paths.test(path))
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

/** `METHOD /path` of routes, sorted, to compare with `documentedOperations`. */
export function operationsOf(routes: readonly MatrixRoute[]): string[] {
  return routes.map((route) => `${route.method} ${route.path}`).sort();
}
