import type { CandidacyEvent } from '@vae/core';
import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { accountOf } from '../../http/auth.js';
import type { AccountRole } from '../../http/principal.js';
import { validate } from '../../http/validate.js';
import { downloadDocument } from './download-document.js';
import { partyOf } from './party.js';
import { loadCandidacy } from './repository.js';
import { candidacyNotFound, type EventRequest, runCandidacyEvent } from './run-event.js';
import { actorOf, authorizeAccount, authorizeAccountRead } from './scope.js';
import { professionalView } from './views.js';

/** `:id` of the professional routes: a UUID (anything else cannot name a candidacy: 400). */
export const CandidacyIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid()) });
/** Validates `:id` as a candidacy id (400 otherwise). */
export const candidacyIdParam = validate('param', CandidacyIdParamSchema);
/** The `:id` of a route behind `candidacyIdParam`. */
export const candidacyIdOf = (c: Context<AppEnv>) => c.req.param('id') ?? '';

export const DocumentParamSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  documentId: v.pipe(v.string(), v.uuid()),
});

/** AAP and certificateur routes: the account's API key, or an embed session minted for it. */
export const ACCOUNT_SECURITY: Record<string, string[]>[] = [
  { accountKey: [] },
  { embedSession: [] },
];
/** Admin routes: the API key only (admin accounts are never embedded in a partner's page). */
export const ADMIN_SECURITY = [{ accountKey: [] }];

/**
 * Runs one event on the candidacy `:id` for the calling account (roles checked: 403), inside the
 * account's scope (404 outside), and answers the professional view of the result.
 */
export async function accountEvent(
  c: Context<AppEnv>,
  roles: readonly AccountRole[],
  candidacyId: string,
  event: CandidacyEvent,
  extra: Pick<EventRequest, 'aapOrganismId' | 'check' | 'afterPersist'> = {},
) {
  const account = accountOf(c, roles);
  const deps = c.get('deps');
  const actor = actorOf(account);
  const record = await runCandidacyEvent(deps, {
    candidacyId,
    party: partyOf(c, actor, account.id),
    event,
    authorize: authorizeAccount(account),
    ...extra,
  });
  return c.json(await professionalView(deps, record, actor));
}

/** The professional view of one candidacy the account may see (404 otherwise). */
export async function readAsAccount(
  c: Context<AppEnv>,
  roles: readonly AccountRole[],
  candidacyId: string,
) {
  const account = accountOf(c, roles);
  const deps = c.get('deps');
  const record = await loadCandidacy(deps.db.orm, candidacyId);
  if (!record) throw candidacyNotFound();
  authorizeAccountRead(account)(record);
  return c.json(await professionalView(deps, record, actorOf(account)));
}

/** A document of a candidacy the account may see; the same 404 for a hidden candidacy or file. */
export async function downloadAsAccount(
  c: Context<AppEnv>,
  roles: readonly AccountRole[],
  params: { id: string; documentId: string },
) {
  const account = accountOf(c, roles);
  const record = await loadCandidacy(c.get('deps').db.orm, params.id);
  if (!record) throw candidacyNotFound();
  authorizeAccountRead(account)(record);
  return downloadDocument(c, params.id, params.documentId);
}

/** `?page=&pageSize=` of the lists: 1-based, at most 100 a page. */
export const PaginationEntries = {
  page: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,6}$/), v.transform(Number), v.minValue(1)),
    '1',
  ),
  pageSize: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,3}$/), v.transform(Number), v.minValue(1), v.maxValue(100)),
    '20',
  ),
};

export function pageOf<T>(items: T[], total: number, page: number, pageSize: number) {
  return { items, total, page, pageSize, pageCount: Math.ceil(total / pageSize) };
}
