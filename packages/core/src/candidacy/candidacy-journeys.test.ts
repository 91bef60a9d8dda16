import { describe, expect, it } from 'vitest';
import type { CandidacyActor } from './actor.js';
import { applyCandidacyEvent } from './apply-candidacy-event.js';
import { candidacyStep } from './candidacy-step.js';
import type { CandidacyEffect } from './effects.js';
import type { CandidacyErrorCode } from './errors.js';
import type { CandidacyEvent } from './event-schemas.js';
import { type CandidacyState, createCandidacyState } from './state.js';

const START = '2025-02-01';

function apply(state: CandidacyState, by: CandidacyActor, event: CandidacyEvent, today = START) {
  return applyCandidacyEvent(state, event, { actor: by, now: `${today}T10:00:00.000Z`, today });
}

function step(state: CandidacyState, by: CandidacyActor, event: CandidacyEvent, today = START) {
  const result = apply(state, by, event, today);
  if (!result.ok) throw new Error(`${event.type} by ${by} refused: ${result.error.code}`);
  return result.state;
}

function effectsOf(
  state: CandidacyState,
  by: CandidacyActor,
  event: CandidacyEvent,
  today = START,
): readonly CandidacyEffect[] {
  const result = apply(state, by, event, today);
  return result.ok ? result.effects : [];
}

function refusal(
  state: CandidacyState,
  by: CandidacyActor,
  event: CandidacyEvent,
  today = START,
): CandidacyErrorCode | 'ACCEPTED' {
  const result = apply(state, by, event, today);
  return result.ok ? 'ACCEPTED' : result.error.code;
}

const accompanied = () =>
  createCandidacyState({
    accompanimentType: 'ACCOMPAGNE',
    certificationCode: 'RNCP34826',
    now: `${START}T09:00:00.000Z`,
  });

/** An accompanied candidacy up to its feasibility dossier sent to `cert-1`. */
function sentToCertificateur(): CandidacyState {
  let s = step(accompanied(), 'CANDIDATE', { type: 'SUBMIT_TO_AAP', aapId: 'aap-1' });
  s = step(s, 'AAP', { type: 'TAKE_OVER' });
  s = step(s, 'AAP', { type: 'SEND_PARCOURS' });
  s = step(s, 'CANDIDATE', { type: 'CONFIRM_PARCOURS' });
  return step(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-1' });
}

function admissible(): CandidacyState {
  return step(sentToCertificateur(), 'CERTIFICATEUR', {
    type: 'DECIDE_FEASIBILITY',
    decision: 'ADMISSIBLE',
  });
}

describe('the accompanied path', () => {
  it('goes from the draft to a full success at the jury', () => {
    let s = sentToCertificateur();
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' });
    s = step(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', {
      type: 'SCHEDULE_JURY',
      date: '2025-09-10',
      time: '14:30',
      place: '  Lycée Chaptal, Quimper ',
    });
    expect(s.jury).toEqual({
      sessionDate: '2025-09-10',
      time: '14:30',
      place: 'Lycée Chaptal, Quimper',
      result: null,
    });
    expect(candidacyStep(s, '2025-09-09')).toBe('JURY_SCHEDULED');
    expect(candidacyStep(s, '2025-09-10')).toBe('JURY_AWAITING_RESULT');

    const result = {
      type: 'RECORD_JURY_RESULT',
      result: 'FULL_SUCCESS_OF_FULL_CERTIFICATION',
    } as const;
    expect(refusal(s, 'CERTIFICATEUR', result, '2025-09-09')).toBe('JURY_SESSION_NOT_REACHED');
    expect(effectsOf(s, 'CERTIFICATEUR', result, '2025-09-10')).toEqual([
      {
        type: 'JURY_RESULT_RECORDED',
        result: 'FULL_SUCCESS_OF_FULL_CERTIFICATION',
        fullSuccess: true,
      },
    ]);
    s = step(s, 'CERTIFICATEUR', result, '2025-09-10');

    expect(candidacyStep(s, '2025-09-10')).toBe('FULL_SUCCESS');
    expect(s.statusHistory.map((row) => [row.status, row.by])).toEqual([
      ['PROJET', 'CANDIDATE'],
      ['VALIDATION', 'CANDIDATE'],
      ['PRISE_EN_CHARGE', 'AAP'],
      ['PARCOURS_ENVOYE', 'AAP'],
      ['PARCOURS_CONFIRME', 'CANDIDATE'],
      ['DOSSIER_FAISABILITE_ENVOYE', 'AAP'],
      ['DOSSIER_FAISABILITE_COMPLET', 'CERTIFICATEUR'],
      ['DOSSIER_FAISABILITE_RECEVABLE', 'CERTIFICATEUR'],
      ['DOSSIER_DE_VALIDATION_ENVOYE', 'AAP'],
    ]);
    expect(s.feasibility?.decisionHistory.map((row) => row.decision)).toEqual([
      'PENDING',
      'COMPLETE',
      'ADMISSIBLE',
    ]);
    expect(refusal(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' })).toBe(
      'JURY_ALREADY_FULL_SUCCESS',
    );
    expect(refusal(s, 'AAP', { type: 'DECLARE_ABANDONMENT', reason: 'x' })).toBe(
      'JURY_ALREADY_FULL_SUCCESS',
    );
  });

  it('reports each step as effects, the status change first', () => {
    let s = step(accompanied(), 'CANDIDATE', { type: 'SUBMIT_TO_AAP', aapId: 'aap-1' });
    s = step(s, 'AAP', { type: 'TAKE_OVER' });
    expect(effectsOf(s, 'AAP', { type: 'SEND_PARCOURS' })).toEqual([
      { type: 'STATUS_CHANGED', from: 'PRISE_EN_CHARGE', to: 'PARCOURS_ENVOYE' },
      { type: 'PARCOURS_SENT' },
    ]);
    s = step(s, 'AAP', { type: 'SEND_PARCOURS' });
    // A corrected path replaces the first one; the status stays, no history row.
    const resent = step(s, 'AAP', { type: 'SEND_PARCOURS' });
    expect(resent.statusHistory).toBe(s.statusHistory);
  });

  it('lets a new validation dossier follow anything but a full success', () => {
    let s = step(admissible(), 'CANDIDATE', { type: 'SEND_VALIDATION_DOSSIER' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-05-01' });
    s = step(
      s,
      'CERTIFICATEUR',
      { type: 'RECORD_JURY_RESULT', result: 'PARTIAL_SUCCESS_OF_FULL_CERTIFICATION' },
      '2025-05-01',
    );
    expect(candidacyStep(s, '2025-05-01')).toBe('PARTIAL_SUCCESS');
    expect(refusal(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-12-01' })).toBe(
      'JURY_RESULT_ALREADY_RECORDED',
    );

    s = step(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' }, '2025-06-01');
    expect(s.validationDossier).toEqual({ decision: 'PENDING', comment: null });
    expect(s.jury).toBeNull();
    expect(refusal(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-12-01' })).toBe(
      'VALIDATION_DOSSIER_NOT_CHECKED',
    );
  });

  it('keeps a flagged validation dossier until it is resent, with a comment required', () => {
    let s = step(admissible(), 'AAP', { type: 'SEND_VALIDATION_DOSSIER' });
    const flag = { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'INCOMPLETE' } as const;
    expect(refusal(s, 'CERTIFICATEUR', flag)).toBe('COMMENT_REQUIRED');
    expect(refusal(s, 'CERTIFICATEUR', { ...flag, comment: '   ' })).toBe('COMMENT_REQUIRED');
    s = step(s, 'CERTIFICATEUR', { ...flag, comment: ' Annexe 3 absente ' });
    expect(s.status).toBe('DOSSIER_DE_VALIDATION_SIGNALE');
    expect(s.validationDossier).toEqual({ decision: 'INCOMPLETE', comment: 'Annexe 3 absente' });
    s = step(s, 'CANDIDATE', { type: 'SEND_VALIDATION_DOSSIER' });
    expect(s.status).toBe('DOSSIER_DE_VALIDATION_ENVOYE');
    expect(s.validationDossier?.decision).toBe('PENDING');
  });

  it('lets the admin revoke a jury result, which the certificateur then records again', () => {
    let s = step(admissible(), 'AAP', { type: 'SEND_VALIDATION_DOSSIER' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-05-01' });
    s = step(s, 'CERTIFICATEUR', { type: 'RECORD_JURY_RESULT', result: 'FAILURE' }, '2025-05-02');
    const revoke = { type: 'REVOKE_JURY_RESULT', reason: 'Mauvais candidat' } as const;
    expect(refusal(s, 'CERTIFICATEUR', revoke)).toBe('ACTOR_NOT_ALLOWED');
    expect(refusal(s, 'ADMIN', { ...revoke, reason: ' ' })).toBe('COMMENT_REQUIRED');
    expect(effectsOf(s, 'ADMIN', revoke)).toEqual([
      { type: 'JURY_RESULT_REVOKED', revokedResult: 'FAILURE', reason: 'Mauvais candidat' },
    ]);
    s = step(s, 'ADMIN', revoke);
    expect(s.jury?.result).toBeNull();
    s = step(
      s,
      'CERTIFICATEUR',
      { type: 'RECORD_JURY_RESULT', result: 'CANDIDATE_EXCUSED' },
      '2025-05-03',
    );
    expect(candidacyStep(s, '2025-05-03')).toBe('DID_NOT_ATTEND');
  });
});

describe('the autonomous path', () => {
  const autonomous = () =>
    createCandidacyState({
      accompanimentType: 'AUTONOME',
      certificationCode: 'RS5678',
      now: `${START}T09:00:00.000Z`,
    });

  it('sends the feasibility dossier straight from the draft, by the candidate', () => {
    const draft = autonomous();
    expect(refusal(draft, 'CANDIDATE', { type: 'SUBMIT_TO_AAP', aapId: 'aap-1' })).toBe(
      'AUTONOMOUS_PATH',
    );
    const send = { type: 'SEND_FEASIBILITY', certificateurId: 'cert-9' } as const;
    expect(refusal(draft, 'AAP', send)).toBe('ACTOR_NOT_ALLOWED');
    let s = step(draft, 'CANDIDATE', send);
    expect(s.feasibility).toEqual({
      certificateurId: 'cert-9',
      decision: 'PENDING',
      decisionHistory: [
        {
          decision: 'PENDING',
          certificateurId: 'cert-9',
          at: `${START}T10:00:00.000Z`,
          by: 'CANDIDATE',
          comment: null,
        },
      ],
    });
    s = step(s, 'CERTIFICATEUR', {
      type: 'DECIDE_FEASIBILITY',
      decision: 'ADMISSIBLE',
      comment: 'Bon dossier',
    });
    s = step(s, 'CANDIDATE', { type: 'SEND_VALIDATION_DOSSIER' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' });
    s = step(s, 'CERTIFICATEUR', { type: 'SCHEDULE_JURY', date: '2025-04-01' });
    s = step(
      s,
      'CERTIFICATEUR',
      { type: 'RECORD_JURY_RESULT', result: 'FULL_SUCCESS_OF_PARTIAL_CERTIFICATION' },
      '2025-04-01',
    );
    expect(s.aapId).toBeNull();
    expect(s.statusHistory.map((row) => row.status)).toEqual([
      'PROJET',
      'DOSSIER_FAISABILITE_ENVOYE',
      'DOSSIER_FAISABILITE_RECEVABLE',
      'DOSSIER_DE_VALIDATION_ENVOYE',
    ]);
    expect(candidacyStep(s, '2025-04-01')).toBe('FULL_SUCCESS');
  });
});

describe('the feasibility dossier', () => {
  it('is resent after INCOMPLETE, possibly to another certificateur, once per submission', () => {
    const incomplete = {
      type: 'DECIDE_FEASIBILITY',
      decision: 'INCOMPLETE',
      comment: 'Mauvais certificateur',
    } as const;
    let s = step(sentToCertificateur(), 'CERTIFICATEUR', incomplete);
    expect(s.status).toBe('DOSSIER_FAISABILITE_INCOMPLET');
    expect(
      refusal(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' }),
    ).toBe('FEASIBILITY_INCOMPLETE');
    expect(effectsOf(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' })).toEqual([
      {
        type: 'STATUS_CHANGED',
        from: 'DOSSIER_FAISABILITE_INCOMPLET',
        to: 'DOSSIER_FAISABILITE_ENVOYE',
      },
      { type: 'FEASIBILITY_SENT', certificateurId: 'cert-2', previousCertificateurId: 'cert-1' },
    ]);
    s = step(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' });
    expect(s.feasibility?.certificateurId).toBe('cert-2');
    expect(s.feasibility?.decision).toBe('PENDING');
    // The new submission may be found incomplete again.
    s = step(s, 'CERTIFICATEUR', { ...incomplete, comment: 'Pièce d’identité illisible' });
    s = step(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' });
    expect(refusal(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' })).toBe(
      'FEASIBILITY_ALREADY_COMPLETE',
    );
    expect(refusal(s, 'CERTIFICATEUR', incomplete)).toBe('FEASIBILITY_ALREADY_COMPLETE');
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' });
    expect(
      s.feasibility?.decisionHistory.map((row) => `${row.decision}@${row.certificateurId}`),
    ).toEqual([
      'PENDING@cert-1',
      'INCOMPLETE@cert-1',
      'PENDING@cert-2',
      'INCOMPLETE@cert-2',
      'PENDING@cert-2',
      'COMPLETE@cert-2',
      'ADMISSIBLE@cert-2',
    ]);
    expect(s.feasibility?.decisionHistory[1]?.comment).toBe('Mauvais certificateur');
  });

  it('keeps a final decision until an admin revokes it, back to COMPLETE', () => {
    let s = step(sentToCertificateur(), 'CERTIFICATEUR', {
      type: 'DECIDE_FEASIBILITY',
      decision: 'REJECTED',
    });
    expect(
      refusal(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' }),
    ).toBe('FEASIBILITY_DECISION_FINAL');
    expect(refusal(s, 'AAP', { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' })).toBe(
      'FEASIBILITY_DECISION_FINAL',
    );
    const revoke = {
      type: 'REVOKE_FEASIBILITY_DECISION',
      reason: 'Décision prise par erreur',
    } as const;
    expect(refusal(s, 'CERTIFICATEUR', revoke)).toBe('ACTOR_NOT_ALLOWED');
    expect(refusal(s, 'ADMIN', { ...revoke, reason: '' })).toBe('COMMENT_REQUIRED');
    s = step(s, 'ADMIN', revoke, '2025-03-01');
    expect(s.status).toBe('DOSSIER_FAISABILITE_COMPLET');
    expect(s.feasibility?.decision).toBe('COMPLETE');
    expect(s.feasibility?.decisionHistory.at(-1)).toEqual({
      decision: 'COMPLETE',
      certificateurId: 'cert-1',
      at: '2025-03-01T10:00:00.000Z',
      by: 'ADMIN',
      comment: 'Décision prise par erreur',
    });
    s = step(s, 'CERTIFICATEUR', { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' });
    s = step(s, 'AAP', { type: 'SEND_VALIDATION_DOSSIER' });
    expect(refusal(s, 'ADMIN', revoke)).toBe('VALIDATION_DOSSIER_ALREADY_SENT');
  });
});
