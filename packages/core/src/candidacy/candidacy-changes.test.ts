import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { CandidacyActor } from './actor.js';
import {
  allowedEvents,
  applyCandidacyEvent,
  checkCandidacyEvent,
} from './apply-candidacy-event.js';
import { candidacyStep } from './candidacy-step.js';
import { CandidacyErrorCode } from './errors.js';
import {
  type CandidacyEvent,
  DecideFeasibilityPayloadSchema,
  ScheduleJuryPayloadSchema,
} from './event-schemas.js';
import { allowedFeasibilityDecisions } from './feasibility-transitions.js';
import { type CandidacyState, createCandidacyState } from './state.js';

const TODAY = '2025-02-01';

function apply(state: CandidacyState, by: CandidacyActor, event: CandidacyEvent, today = TODAY) {
  return applyCandidacyEvent(state, event, { actor: by, now: `${today}T10:00:00.000Z`, today });
}

function step(state: CandidacyState, by: CandidacyActor, event: CandidacyEvent, today = TODAY) {
  const result = apply(state, by, event, today);
  if (!result.ok) throw new Error(`${event.type} by ${by} refused: ${result.error.code}`);
  return result.state;
}

function refusal(state: CandidacyState, by: CandidacyActor, event: CandidacyEvent) {
  const result = apply(state, by, event);
  return result.ok ? 'ACCEPTED' : result.error.code;
}

const draft = () =>
  createCandidacyState({
    accompanimentType: 'ACCOMPAGNE',
    certificationCode: 'RNCP34826',
    now: `${TODAY}T09:00:00.000Z`,
  });

function takenOver(): CandidacyState {
  const s = step(draft(), 'CANDIDATE', { type: 'SUBMIT_TO_AAP', aapId: 'aap-1' });
  return step(s, 'AAP', { type: 'TAKE_OVER' });
}

function feasibilitySent(): CandidacyState {
  let s = step(takenOver(), 'AAP', { type: 'SEND_PARCOURS' });
  s = step(s, 'CANDIDATE', { type: 'CONFIRM_PARCOURS' });
  return step(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-1' });
}

describe('changing the certification or the AAP', () => {
  it('sends the candidacy back to the draft and clears the AAP on a new certification', () => {
    const s = step(takenOver(), 'AAP', { type: 'SEND_PARCOURS' });
    const result = apply(s, 'CANDIDATE', {
      type: 'CHANGE_CERTIFICATION',
      certificationCode: 'RNCP35830',
    });
    expect(result.ok && result.effects).toEqual([
      { type: 'STATUS_CHANGED', from: 'PARCOURS_ENVOYE', to: 'PROJET' },
      { type: 'CERTIFICATION_CHANGED', from: 'RNCP34826', to: 'RNCP35830' },
      { type: 'AAP_CHANGED', from: 'aap-1', to: null },
    ]);
    expect(
      result.ok && [result.state.status, result.state.aapId, result.state.certificationCode],
    ).toEqual(['PROJET', null, 'RNCP35830']);
  });

  it('refuses an unchanged or malformed certification, and any change once the dossier is sent', () => {
    const change = (code: string) =>
      ({ type: 'CHANGE_CERTIFICATION', certificationCode: code }) as const;
    expect(refusal(draft(), 'CANDIDATE', change('RNCP34826'))).toBe('NOTHING_TO_CHANGE');
    expect(refusal(draft(), 'CANDIDATE', change('34826'))).toBe('INVALID_EVENT');
    expect(refusal(draft(), 'AAP', change('RNCP35830'))).toBe('ACTOR_NOT_ALLOWED');
    expect(refusal(feasibilitySent(), 'CANDIDATE', change('RNCP35830'))).toBe(
      'CERTIFICATION_CHANGE_TOO_LATE',
    );
  });

  it('sends the candidacy back to VALIDATION with the new AAP, who then takes over', () => {
    let s = step(takenOver(), 'CANDIDATE', { type: 'CHANGE_AAP', aapId: 'aap-2' });
    expect([s.status, s.aapId]).toEqual(['VALIDATION', 'aap-2']);
    // Before any prise en charge the status stays: no history row.
    const again = step(s, 'CANDIDATE', { type: 'CHANGE_AAP', aapId: 'aap-3' });
    expect(again.statusHistory).toBe(s.statusHistory);
    expect(refusal(s, 'CANDIDATE', { type: 'CHANGE_AAP', aapId: 'aap-2' })).toBe(
      'NOTHING_TO_CHANGE',
    );
    s = step(s, 'AAP', { type: 'TAKE_OVER' });
    expect(s.status).toBe('PRISE_EN_CHARGE');
    expect(refusal(feasibilitySent(), 'ADMIN', { type: 'CHANGE_AAP', aapId: 'aap-2' })).toBe(
      'AAP_CHANGE_TOO_LATE',
    );
  });
});

describe('archiving', () => {
  it('is refused while a feasibility dossier awaits a decision', () => {
    const s = feasibilitySent();
    expect(refusal(s, 'AAP', { type: 'ARCHIVE' })).toBe('FEASIBILITY_AWAITING_DECISION');
    const complete = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' });
    expect(refusal(complete, 'ADMIN', { type: 'ARCHIVE' })).toBe('FEASIBILITY_AWAITING_DECISION');
  });

  it('freezes the candidacy until unarchiving restores the last status before the latest archive', () => {
    let s = step(feasibilitySent(), 'CERTIFICATEUR', {
      type: 'DECIDE_FEASIBILITY',
      decision: 'INCOMPLETE',
    });
    s = step(s, 'AAP', { type: 'ARCHIVE' });
    expect(candidacyStep(s, TODAY)).toBe('ARCHIVE');
    expect(refusal(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' })).toBe(
      'CANDIDACY_ARCHIVED',
    );
    expect(refusal(s, 'ADMIN', { type: 'ARCHIVE' })).toBe('ALREADY_ARCHIVED');
    s = step(s, 'ADMIN', { type: 'UNARCHIVE' });
    expect(s.status).toBe('DOSSIER_FAISABILITE_INCOMPLET');
    expect(refusal(s, 'ADMIN', { type: 'UNARCHIVE' })).toBe('NOT_ARCHIVED');

    s = step(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'REJECTED' });
    s = step(s, 'ADMIN', { type: 'ARCHIVE' });
    s = step(s, 'AAP', { type: 'UNARCHIVE' });
    expect(s.status).toBe('DOSSIER_FAISABILITE_NON_RECEVABLE');
    expect(s.statusHistory.map((row) => row.status).slice(-6)).toEqual([
      'ARCHIVE',
      'DOSSIER_FAISABILITE_INCOMPLET',
      'DOSSIER_FAISABILITE_ENVOYE',
      'DOSSIER_FAISABILITE_NON_RECEVABLE',
      'ARCHIVE',
      'DOSSIER_FAISABILITE_NON_RECEVABLE',
    ]);
  });

  it('refuses to unarchive a snapshot whose history holds nothing before the archive', () => {
    const broken: CandidacyState = {
      ...draft(),
      status: 'ARCHIVE',
      statusHistory: [{ status: 'ARCHIVE', at: `${TODAY}T09:00:00.000Z`, by: 'ADMIN' }],
    };
    expect(refusal(broken, 'ADMIN', { type: 'UNARCHIVE' })).toBe('NO_STATUS_TO_RESTORE');
  });
});

describe('abandonment', () => {
  const declare = { type: 'DECLARE_ABANDONMENT', reason: 'Candidat injoignable' } as const;

  it('waits for the candidate when the AAP declares it; a refusal resumes the journey', () => {
    let s = step(takenOver(), 'AAP', declare);
    expect(s.status).toBe('PRISE_EN_CHARGE');
    expect(s.abandonment).toEqual({
      declaredBy: 'AAP',
      reason: 'Candidat injoignable',
      confirmed: null,
    });
    expect(candidacyStep(s, TODAY)).toBe('ABANDONMENT_DECLARED');
    expect(refusal(s, 'AAP', { type: 'SEND_PARCOURS' })).toBe('ABANDONMENT_PENDING');
    expect(allowedEvents(s, 'CANDIDATE', TODAY)).toEqual([
      'ARCHIVE',
      'CONFIRM_ABANDONMENT',
      'REFUSE_ABANDONMENT',
    ]);
    s = step(s, 'CANDIDATE', { type: 'REFUSE_ABANDONMENT' });
    expect(s.abandonment?.confirmed).toBe(false);
    expect(candidacyStep(s, TODAY)).toBe('PRISE_EN_CHARGE');
    expect(refusal(s, 'CANDIDATE', { type: 'CONFIRM_ABANDONMENT' })).toBe(
      'ABANDONMENT_NOT_DECLARED',
    );
    s = step(s, 'AAP', { type: 'SEND_PARCOURS' });
    s = step(s, 'AAP', declare);
    s = step(s, 'CANDIDATE', { type: 'CONFIRM_ABANDONMENT' });
    expect(candidacyStep(s, TODAY)).toBe('ABANDONED');
    expect(refusal(s, 'CANDIDATE', { type: 'CONFIRM_PARCOURS' })).toBe('CANDIDACY_ABANDONED');
    expect(refusal(s, 'CANDIDATE', { type: 'REFUSE_ABANDONMENT' })).toBe('CANDIDACY_ABANDONED');
    expect(step(s, 'AAP', { type: 'ARCHIVE' }).status).toBe('ARCHIVE');
  });

  it('is confirmed at once when the candidate declares it; the certificateur still settles the dossier', () => {
    let s = step(feasibilitySent(), 'CANDIDATE', { ...declare, reason: 'Nouvel emploi' });
    expect(s.abandonment).toEqual({
      declaredBy: 'CANDIDATE',
      reason: 'Nouvel emploi',
      confirmed: true,
    });
    expect(refusal(s, 'AAP', { type: 'ARCHIVE' })).toBe('FEASIBILITY_AWAITING_DECISION');
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' });
    expect(refusal(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' })).toBe('CANDIDACY_ABANDONED');
    expect(step(s, 'AAP', { type: 'ARCHIVE' }).status).toBe('ARCHIVE');
  });

  it('needs a reason and something to abandon', () => {
    expect(refusal(takenOver(), 'AAP', { ...declare, reason: '  ' })).toBe('COMMENT_REQUIRED');
    expect(refusal(draft(), 'CANDIDATE', declare)).toBe('INVALID_STATUS_FOR_EVENT');
  });
});

describe('allowedEvents', () => {
  it('lists what each actor can do on a fresh accompanied draft', () => {
    const s = draft();
    expect(allowedEvents(s, 'CANDIDATE', TODAY)).toEqual([
      'SUBMIT_TO_AAP',
      'CHANGE_CERTIFICATION',
      'ARCHIVE',
    ]);
    expect(allowedEvents(s, 'AAP', TODAY)).toEqual(['ARCHIVE']);
    expect(allowedEvents(s, 'CERTIFICATEUR', TODAY)).toEqual([]);
    expect(allowedEvents(s, 'ADMIN', TODAY)).toEqual(['CHANGE_CERTIFICATION', 'ARCHIVE']);
  });

  it('offers the jury result only from the session date', () => {
    let s = step(feasibilitySent(), 'CERTIFICATEUR', {
      type: 'DECIDE_FEASIBILITY',
      decision: 'ADMISSIBLE',
    });
    s = step(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-03-01' });
    expect(allowedEvents(s, 'CERTIFICATEUR', '2025-02-28')).toEqual(['SCHEDULE_JURY']);
    expect(allowedEvents(s, 'CERTIFICATEUR', '2025-03-01')).toEqual([
      'SCHEDULE_JURY',
      'RECORD_JURY_RESULT',
    ]);
    expect(checkCandidacyEvent(s, 'RECORD_JURY_RESULT', 'CERTIFICATEUR', '2025-02-28')).toEqual({
      code: 'JURY_SESSION_NOT_REACHED',
      message: CandidacyErrorCode.labels.JURY_SESSION_NOT_REACHED,
    });
  });

  it('tells the certificateur which feasibility decisions remain', () => {
    const s = feasibilitySent();
    expect(allowedFeasibilityDecisions(s)).toEqual([
      'COMPLETE',
      'INCOMPLETE',
      'ADMISSIBLE',
      'REJECTED',
    ]);
    const complete = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' });
    expect(allowedFeasibilityDecisions(complete)).toEqual(['ADMISSIBLE', 'REJECTED']);
    expect(allowedFeasibilityDecisions(draft())).toEqual([]);
  });
});

describe('events and errors', () => {
  it('refuses malformed events as INVALID_EVENT without touching the state', () => {
    const s = draft();
    const bogus = [
      { type: 'TAKE_OFF' },
      { type: 'SUBMIT_TO_AAP', aapId: '   ' },
      { type: 'SCHEDULE_JURY', date: '2025-02-30T10:00' },
      { type: 'DECIDE_FEASIBILITY', decision: 'PENDING' },
    ] as unknown as CandidacyEvent[];
    for (const event of bogus) expect(refusal(s, 'ADMIN', event)).toBe('INVALID_EVENT');
  });

  it('exposes payload schemas for the HTTP routes', () => {
    expect(v.is(ScheduleJuryPayloadSchema, { date: '2025-09-10', time: '14:30' })).toBe(true);
    expect(v.is(ScheduleJuryPayloadSchema, { date: '10/09/2025' })).toBe(false);
    expect(v.is(ScheduleJuryPayloadSchema, { date: '2025-02-29' })).toBe(false);
    expect(v.is(ScheduleJuryPayloadSchema, { date: '2028-02-29' })).toBe(true);
    expect(
      v.is(DecideFeasibilityPayloadSchema, { decision: 'REJECTED', comment: 'Hors champ' }),
    ).toBe(true);
    expect(v.is(DecideFeasibilityPayloadSchema, { decision: 'PENDING' })).toBe(false);
  });

  it('gives every error code a French and an English message', () => {
    for (const code of CandidacyErrorCode.values) {
      const { fr, en } = CandidacyErrorCode.labels[code];
      expect(fr.length * en.length, code).toBeGreaterThan(0);
    }
  });
});
