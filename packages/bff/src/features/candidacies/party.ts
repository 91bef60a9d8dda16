import type { CandidacyActor } from '@vae/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../app-context.js';
import type { ActingParty } from './persist-event.js';

/** Who acts in this request, for the history and the audit log. */
export function partyOf(
  c: Context<AppEnv>,
  actor: CandidacyActor,
  accountId: string | null = null,
): ActingParty {
  return {
    actor,
    accountId,
    partnerId: c.get('partner')?.id ?? null,
    requestId: c.get('requestId') ?? null,
  };
}
