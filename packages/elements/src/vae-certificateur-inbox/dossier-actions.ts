import type { CertificateurAction, DossierView } from './inbox-api.js';

/** What the certificateur may do from the dossier view (one button each). */
export type ActionKey =
  | 'COMPLETE'
  | 'INCOMPLETE'
  | 'ADMISSIBLE'
  | 'REJECTED'
  | 'VALIDATION_COMPLETE'
  | 'VALIDATION_INCOMPLETE'
  | 'SCHEDULE_JURY'
  | 'RECORD_JURY_RESULT';

/** Actions whose comment is required: a reason the AAP (and the candidate) will read. */
export const REASON_REQUIRED: readonly ActionKey[] = ['INCOMPLETE', 'VALIDATION_INCOMPLETE'];

/**
 * The actions the state machine allows now (the API's `allowedEvents` for this account). Marking
 * complete or incomplete is only taken from a pending dossier (DOMAIN.md: once each).
 */
export function actionsOf(view: DossierView): ActionKey[] {
  const allowed = new Set<string>(view.allowedEvents);
  const actions: ActionKey[] = [];
  if (allowed.has('DECIDE_FEASIBILITY')) {
    if (view.status === 'DOSSIER_FAISABILITE_ENVOYE') actions.push('COMPLETE', 'INCOMPLETE');
    actions.push('ADMISSIBLE', 'REJECTED');
  }
  if (allowed.has('DECIDE_VALIDATION_DOSSIER')) {
    actions.push('VALIDATION_COMPLETE', 'VALIDATION_INCOMPLETE');
  }
  if (allowed.has('SCHEDULE_JURY')) actions.push('SCHEDULE_JURY');
  if (allowed.has('RECORD_JURY_RESULT')) actions.push('RECORD_JURY_RESULT');
  return actions;
}

/** The session date before which the result cannot be recorded, when that is why it cannot. */
export function resultNotYetOn(view: DossierView): string | null {
  const jury = view.jury;
  if (!jury || jury.result || view.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return null;
  return view.allowedEvents.includes('RECORD_JURY_RESULT') ? null : jury.date;
}

/** The API call of an action, from the dialog's form fields. */
export function actionPayload(action: ActionKey, form: FormData): CertificateurAction {
  const field = (name: string) => String(form.get(name) ?? '').trim();
  const comment = field('comment');
  const withComment = comment ? { comment } : {};
  switch (action) {
    case 'VALIDATION_COMPLETE':
    case 'VALIDATION_INCOMPLETE':
      return {
        type: 'DECIDE_VALIDATION_DOSSIER',
        decision: action === 'VALIDATION_COMPLETE' ? 'COMPLETE' : 'INCOMPLETE',
        ...withComment,
      };
    case 'SCHEDULE_JURY': {
      const time = field('time');
      const place = field('place');
      return {
        type: 'SCHEDULE_JURY',
        date: field('date'),
        ...(time ? { time } : {}),
        ...(place ? { place } : {}),
      };
    }
    case 'RECORD_JURY_RESULT':
      return { type: 'RECORD_JURY_RESULT', result: field('result') };
    default:
      return { type: 'DECIDE_FEASIBILITY', decision: action, ...withComment };
  }
}

/** What is missing before the action can be sent (checked here so the message is precise). */
export function missingField(action: ActionKey, form: FormData): 'comment' | 'date' | null {
  const empty = (name: string) => String(form.get(name) ?? '').trim() === '';
  if (REASON_REQUIRED.includes(action) && empty('comment')) return 'comment';
  if (action === 'SCHEDULE_JURY' && empty('date')) return 'date';
  return null;
}
