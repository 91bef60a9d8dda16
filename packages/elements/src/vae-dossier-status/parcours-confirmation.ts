import { html, nothing } from 'lit';
import { type ApiClient, readApi } from '../shared/api-client.js';
import type { ApiProblem } from '../shared/api-problem.js';
import type { Lang } from '../shared/lang.js';
import { formatTimestamp } from './dossier-view.js';
import { text } from './messages.js';
import { callTracker, type TrackerView } from './tracker-api.js';

export type ConfirmOutcome =
  | { kind: 'view'; view: TrackerView }
  /** The credential is unknown, revoked or expired (401). */
  | { kind: 'unauthorized' }
  /** The candidacy is no longer awaiting this confirmation (409): confirmed elsewhere, moved on. */
  | { kind: 'conflict' }
  | { kind: 'failed'; problem: ApiProblem };

/** Why the last confirmation did not go through, as the candidate reads it. */
export type ConfirmNotice = 'confirmFailed' | 'alreadyConfirmed' | 'confirmConflict';

/** True when the candidate may confirm the parcours their AAP sent (`PARCOURS_ENVOYE`). */
export function awaitsParcoursConfirmation(view: TrackerView | null): boolean {
  return view?.allowedEvents.includes('CONFIRM_PARCOURS') ?? false;
}

/**
 * Confirms the parcours (`POST /candidate/candidacy/parcours/confirm`); the answer is the
 * candidacy as the tracker reads it. Rejects only with an `AbortError` when `signal` aborts.
 */
export function confirmParcours(
  client: ApiClient,
  credential: string,
  signal: AbortSignal,
): Promise<ConfirmOutcome> {
  return callTracker(
    signal,
    (timed) =>
      client.candidate.candidacy.parcours.confirm.$post(undefined, {
        headers: { Authorization: `Bearer ${credential}` },
        init: { signal: timed },
      }),
    async (response): Promise<ConfirmOutcome> => {
      const status: number = response.status;
      if (status === 401) return { kind: 'unauthorized' };
      if (status === 409) return { kind: 'conflict' };
      return { kind: 'view', view: await readApi(Promise.resolve(response)) };
    },
  );
}

/**
 * Who sent the parcours and when, and the button that accepts it (the "next" text above says
 * what that means). The API holds no content of the parcours: the AAP hands the path and its
 * quote over itself.
 */
export function renderParcoursConfirmation(
  lang: Lang,
  view: TrackerView,
  state: { busy: boolean; notice: ConfirmNotice | null; onConfirm: () => void },
) {
  const sent = view.history.findLast((row) => row.status === 'PARCOURS_ENVOYE');
  return html`
    ${
      sent && view.aap
        ? html`<p>${text(lang, 'parcoursSent', { aap: view.aap.name, date: formatTimestamp(lang, sent.at) })}</p>`
        : nothing
    }
    ${state.notice ? html`<p class="notice" role="alert">${text(lang, state.notice)}</p>` : nothing}
    <div class="actions" part="parcours">
      <button
        class="primary"
        type="button"
        aria-disabled=${state.busy ? 'true' : 'false'}
        @click=${state.onConfirm}
      >${text(lang, 'confirm')}</button>
    </div>
  `;
}
