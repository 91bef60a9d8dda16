import { describe, expect, it } from 'vitest';
import type {
  AccompanimentType,
  CandidacyStatus,
  FeasibilityDecision,
  JuryResult,
} from '../vocabulary/index.js';
import { CandidacyActor } from './actor.js';
import { applyCandidacyEvent } from './apply-candidacy-event.js';
import type { CandidacyErrorCode } from './errors.js';
import type { CandidacyEvent } from './event-schemas.js';
import type { CandidacyState } from './state.js';

/*
 * The expected outcome of every (situation × event × actor), written by hand from DOMAIN.md.
 * Each row lists the actors allowed to send the event on that path; every other actor gets
 * ACTOR_NOT_ALLOWED. A cell is the outcome for the allowed actors:
 *   >XXX  accepted, the status becomes XXX      =  accepted, the status stays
 *   other tokens: the error code, see CODES.
 * Columns are situations: a status, refined where jury progress or abandonment matters.
 */

const CODES: Record<string, CandidacyErrorCode> = {
  path: 'AUTONOMOUS_PATH',
  st: 'INVALID_STATUS_FOR_EVENT',
  arch: 'CANDIDACY_ARCHIVED',
  aarch: 'ALREADY_ARCHIVED',
  narch: 'NOT_ARCHIVED',
  'abd?': 'ABANDONMENT_PENDING',
  'abd!': 'CANDIDACY_ABANDONED',
  noabd: 'ABANDONMENT_NOT_DECLARED',
  wait: 'FEASIBILITY_AWAITING_DECISION',
  finc: 'FEASIBILITY_INCOMPLETE',
  fcomp: 'FEASIBILITY_ALREADY_COMPLETE',
  final: 'FEASIBILITY_DECISION_FINAL',
  nfin: 'FEASIBILITY_DECISION_NOT_FINAL',
  nadm: 'FEASIBILITY_NOT_ADMISSIBLE',
  vsent: 'VALIDATION_DOSSIER_ALREADY_SENT',
  vchkd: 'VALIDATION_DOSSIER_ALREADY_CHECKED',
  vnchk: 'VALIDATION_DOSSIER_NOT_CHECKED',
  jnone: 'JURY_NOT_SCHEDULED',
  jsoon: 'JURY_SESSION_NOT_REACHED',
  jrec: 'JURY_RESULT_ALREADY_RECORDED',
  jnrec: 'JURY_RESULT_NOT_RECORDED',
  jfull: 'JURY_ALREADY_FULL_SUCCESS',
  clate: 'CERTIFICATION_CHANGE_TOO_LATE',
  alate: 'AAP_CHANGE_TOO_LATE',
};

const STATUSES: Record<string, CandidacyStatus> = {
  PROJ: 'PROJET',
  VAL: 'VALIDATION',
  PEC: 'PRISE_EN_CHARGE',
  PENV: 'PARCOURS_ENVOYE',
  PCON: 'PARCOURS_CONFIRME',
  DFE: 'DOSSIER_FAISABILITE_ENVOYE',
  DFC: 'DOSSIER_FAISABILITE_COMPLET',
  DFI: 'DOSSIER_FAISABILITE_INCOMPLET',
  DFR: 'DOSSIER_FAISABILITE_RECEVABLE',
  DFNR: 'DOSSIER_FAISABILITE_NON_RECEVABLE',
  DVE: 'DOSSIER_DE_VALIDATION_ENVOYE',
  DVS: 'DOSSIER_DE_VALIDATION_SIGNALE',
  ARCH: 'ARCHIVE',
};

const ACTORS: Record<string, readonly CandidacyActor[]> = {
  all: CandidacyActor.values,
  cand: ['CANDIDATE'],
  aap: ['AAP'],
  cert: ['CERTIFICATEUR'],
  admin: ['ADMIN'],
  'cand+aap': ['CANDIDATE', 'AAP'],
  'cand+admin': ['CANDIDATE', 'ADMIN'],
  'aap+admin': ['AAP', 'ADMIN'],
  'cand+aap+admin': ['CANDIDATE', 'AAP', 'ADMIN'],
};

const ACCOMPANIED_BEFORE_VALIDATION = `
event                                 actors      PROJ  VAL   PEC   PENV  PCON  DFE   DFC   DFI   DFR   DFNR  ARCH  ABD?
SUBMIT_TO_AAP                         cand        >VAL  st    st    st    st    st    st    st    st    st    arch  abd?
TAKE_OVER                             aap         st    >PEC  st    st    st    st    st    st    st    st    arch  abd?
SEND_PARCOURS                         aap         st    st    >PENV =     st    st    st    st    st    st    arch  abd?
CONFIRM_PARCOURS                      cand        st    st    st    >PCON st    st    st    st    st    st    arch  abd?
SEND_FEASIBILITY                      aap         st    st    st    st    >DFE  wait  wait  >DFE  final final arch  abd?
DECIDE_FEASIBILITY:COMPLETE           cert        st    st    st    st    st    >DFC  fcomp finc  final final arch  st
DECIDE_FEASIBILITY:INCOMPLETE         cert        st    st    st    st    st    >DFI  fcomp finc  final final arch  st
DECIDE_FEASIBILITY:ADMISSIBLE         cert        st    st    st    st    st    >DFR  >DFR  finc  final final arch  st
DECIDE_FEASIBILITY:REJECTED           cert        st    st    st    st    st    >DFNR >DFNR finc  final final arch  st
REVOKE_FEASIBILITY_DECISION           admin       nfin  nfin  nfin  nfin  nfin  nfin  nfin  nfin  >DFC  >DFC  arch  nfin
SEND_VALIDATION_DOSSIER               cand+aap    nadm  nadm  nadm  nadm  nadm  nadm  nadm  nadm  >DVE  nadm  arch  abd?
DECIDE_VALIDATION_DOSSIER:COMPLETE    cert        st    st    st    st    st    st    st    st    st    st    arch  st
DECIDE_VALIDATION_DOSSIER:INCOMPLETE  cert        st    st    st    st    st    st    st    st    st    st    arch  st
SCHEDULE_JURY                         cert        st    st    st    st    st    st    st    st    st    st    arch  st
RECORD_JURY_RESULT                    cert        st    st    st    st    st    st    st    st    st    st    arch  st
REVOKE_JURY_RESULT                    admin       st    st    st    st    st    st    st    st    st    st    arch  st
CHANGE_CERTIFICATION                  cand+admin  =     >PROJ >PROJ >PROJ >PROJ clate clate clate clate clate arch  abd?
CHANGE_AAP                            cand+admin  st    =     >VAL  >VAL  >VAL  alate alate alate alate alate arch  abd?
ARCHIVE                               cand+aap+admin >ARCH >ARCH >ARCH >ARCH >ARCH wait  wait  >ARCH >ARCH >ARCH aarch >ARCH
UNARCHIVE                             aap+admin   narch narch narch narch narch narch narch narch narch narch >PCON narch
DECLARE_ABANDONMENT                   cand+aap    st    =     =     =     =     =     =     =     =     =     arch  abd?
CONFIRM_ABANDONMENT                   cand        noabd noabd noabd noabd noabd noabd noabd noabd noabd noabd arch  =
REFUSE_ABANDONMENT                    cand        noabd noabd noabd noabd noabd noabd noabd noabd noabd noabd arch  =
`;

const ACCOMPANIED_FROM_VALIDATION = `
event                                 actors      V:SENT V:CHKD J:SOON J:PAST J:PART J:FULL DVS   ABD!
SUBMIT_TO_AAP                         cand        st     st     st     st     st     st     st    abd!
TAKE_OVER                             aap         st     st     st     st     st     st     st    abd!
SEND_PARCOURS                         aap         st     st     st     st     st     st     st    abd!
CONFIRM_PARCOURS                      cand        st     st     st     st     st     st     st    abd!
SEND_FEASIBILITY                      aap         final  final  final  final  final  final  final abd!
DECIDE_FEASIBILITY:COMPLETE           cert        final  final  final  final  final  final  final final
DECIDE_FEASIBILITY:INCOMPLETE         cert        final  final  final  final  final  final  final final
DECIDE_FEASIBILITY:ADMISSIBLE         cert        final  final  final  final  final  final  final final
DECIDE_FEASIBILITY:REJECTED           cert        final  final  final  final  final  final  final final
REVOKE_FEASIBILITY_DECISION           admin       vsent  vsent  vsent  vsent  vsent  vsent  vsent vsent
SEND_VALIDATION_DOSSIER               cand+aap    vsent  vsent  vsent  vsent  =      jfull  >DVE  abd!
DECIDE_VALIDATION_DOSSIER:COMPLETE    cert        =      vchkd  vchkd  vchkd  vchkd  vchkd  st    vchkd
DECIDE_VALIDATION_DOSSIER:INCOMPLETE  cert        >DVS   vchkd  vchkd  vchkd  vchkd  vchkd  st    vchkd
SCHEDULE_JURY                         cert        vnchk  =      =      =      jrec   jrec   st    =
RECORD_JURY_RESULT                    cert        jnone  jnone  jsoon  =      jrec   jrec   st    =
REVOKE_JURY_RESULT                    admin       jnrec  jnrec  jnrec  jnrec  =      =      st    jnrec
CHANGE_CERTIFICATION                  cand+admin  clate  clate  clate  clate  clate  clate  clate abd!
CHANGE_AAP                            cand+admin  alate  alate  alate  alate  alate  alate  alate abd!
ARCHIVE                               cand+aap+admin >ARCH  >ARCH  >ARCH  >ARCH  >ARCH  >ARCH  >ARCH >ARCH
UNARCHIVE                             aap+admin   narch  narch  narch  narch  narch  narch  narch narch
DECLARE_ABANDONMENT                   cand+aap    =      =      =      =      =      jfull  =     abd!
CONFIRM_ABANDONMENT                   cand        noabd  noabd  noabd  noabd  noabd  noabd  noabd abd!
REFUSE_ABANDONMENT                    cand        noabd  noabd  noabd  noabd  noabd  noabd  noabd abd!
`;

const AUTONOMOUS_BEFORE_VALIDATION = `
event                                 actors      PROJ  DFE   DFC   DFI   DFR   DFNR  ARCH  ABD!
SUBMIT_TO_AAP                         all         path  path  path  path  path  path  path  path
TAKE_OVER                             all         path  path  path  path  path  path  path  path
SEND_PARCOURS                         all         path  path  path  path  path  path  path  path
CONFIRM_PARCOURS                      all         path  path  path  path  path  path  path  path
SEND_FEASIBILITY                      cand        >DFE  wait  wait  >DFE  final final arch  abd!
DECIDE_FEASIBILITY:COMPLETE           cert        st    >DFC  fcomp finc  final final arch  final
DECIDE_FEASIBILITY:INCOMPLETE         cert        st    >DFI  fcomp finc  final final arch  final
DECIDE_FEASIBILITY:ADMISSIBLE         cert        st    >DFR  >DFR  finc  final final arch  final
DECIDE_FEASIBILITY:REJECTED           cert        st    >DFNR >DFNR finc  final final arch  final
REVOKE_FEASIBILITY_DECISION           admin       nfin  nfin  nfin  nfin  >DFC  >DFC  arch  >DFC
SEND_VALIDATION_DOSSIER               cand        nadm  nadm  nadm  nadm  >DVE  nadm  arch  abd!
DECIDE_VALIDATION_DOSSIER:COMPLETE    cert        st    st    st    st    st    st    arch  st
DECIDE_VALIDATION_DOSSIER:INCOMPLETE  cert        st    st    st    st    st    st    arch  st
SCHEDULE_JURY                         cert        st    st    st    st    st    st    arch  st
RECORD_JURY_RESULT                    cert        st    st    st    st    st    st    arch  st
REVOKE_JURY_RESULT                    admin       st    st    st    st    st    st    arch  st
CHANGE_CERTIFICATION                  cand+admin  =     clate clate clate clate clate arch  abd!
CHANGE_AAP                            all         path  path  path  path  path  path  path  path
ARCHIVE                               cand+admin  >ARCH wait  wait  >ARCH >ARCH >ARCH aarch >ARCH
UNARCHIVE                             admin       narch narch narch narch narch narch >DFR  narch
DECLARE_ABANDONMENT                   cand        st    =     =     =     =     =     arch  abd!
CONFIRM_ABANDONMENT                   cand        noabd noabd noabd noabd noabd noabd arch  abd!
REFUSE_ABANDONMENT                    cand        noabd noabd noabd noabd noabd noabd arch  abd!
`;

const AUTONOMOUS_FROM_VALIDATION = `
event                                 actors      V:SENT V:CHKD J:SOON J:PAST J:PART J:FULL DVS
SUBMIT_TO_AAP                         all         path   path   path   path   path   path   path
TAKE_OVER                             all         path   path   path   path   path   path   path
SEND_PARCOURS                         all         path   path   path   path   path   path   path
CONFIRM_PARCOURS                      all         path   path   path   path   path   path   path
SEND_FEASIBILITY                      cand        final  final  final  final  final  final  final
DECIDE_FEASIBILITY:COMPLETE           cert        final  final  final  final  final  final  final
DECIDE_FEASIBILITY:INCOMPLETE         cert        final  final  final  final  final  final  final
DECIDE_FEASIBILITY:ADMISSIBLE         cert        final  final  final  final  final  final  final
DECIDE_FEASIBILITY:REJECTED           cert        final  final  final  final  final  final  final
REVOKE_FEASIBILITY_DECISION           admin       vsent  vsent  vsent  vsent  vsent  vsent  vsent
SEND_VALIDATION_DOSSIER               cand        vsent  vsent  vsent  vsent  =      jfull  >DVE
DECIDE_VALIDATION_DOSSIER:COMPLETE    cert        =      vchkd  vchkd  vchkd  vchkd  vchkd  st
DECIDE_VALIDATION_DOSSIER:INCOMPLETE  cert        >DVS   vchkd  vchkd  vchkd  vchkd  vchkd  st
SCHEDULE_JURY                         cert        vnchk  =      =      =      jrec   jrec   st
RECORD_JURY_RESULT                    cert        jnone  jnone  jsoon  =      jrec   jrec   st
REVOKE_JURY_RESULT                    admin       jnrec  jnrec  jnrec  jnrec  =      =      st
CHANGE_CERTIFICATION                  cand+admin  clate  clate  clate  clate  clate  clate  clate
CHANGE_AAP                            all         path   path   path   path   path   path   path
ARCHIVE                               cand+admin  >ARCH  >ARCH  >ARCH  >ARCH  >ARCH  >ARCH  >ARCH
UNARCHIVE                             admin       narch  narch  narch  narch  narch  narch  narch
DECLARE_ABANDONMENT                   cand        =      =      =      =      =      jfull  =
CONFIRM_ABANDONMENT                   cand        noabd  noabd  noabd  noabd  noabd  noabd  noabd
REFUSE_ABANDONMENT                    cand        noabd  noabd  noabd  noabd  noabd  noabd  noabd
`;

const TODAY = '2025-06-15';
const CONTEXT_NOW = '2025-06-15T09:30:00.000Z';

const EVENTS: Record<string, CandidacyEvent> = {
  SUBMIT_TO_AAP: { type: 'SUBMIT_TO_AAP', aapId: 'aap-2' },
  TAKE_OVER: { type: 'TAKE_OVER' },
  SEND_PARCOURS: { type: 'SEND_PARCOURS' },
  CONFIRM_PARCOURS: { type: 'CONFIRM_PARCOURS' },
  SEND_FEASIBILITY: { type: 'SEND_FEASIBILITY', certificateurId: 'cert-2' },
  'DECIDE_FEASIBILITY:COMPLETE': { type: 'DECIDE_FEASIBILITY', decision: 'COMPLETE' },
  'DECIDE_FEASIBILITY:INCOMPLETE': {
    type: 'DECIDE_FEASIBILITY',
    decision: 'INCOMPLETE',
    comment: 'Pièces manquantes',
  },
  'DECIDE_FEASIBILITY:ADMISSIBLE': { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' },
  'DECIDE_FEASIBILITY:REJECTED': {
    type: 'DECIDE_FEASIBILITY',
    decision: 'REJECTED',
    comment: 'Expérience sans lien avec la certification',
  },
  REVOKE_FEASIBILITY_DECISION: { type: 'REVOKE_FEASIBILITY_DECISION', reason: 'Erreur de saisie' },
  SEND_VALIDATION_DOSSIER: { type: 'SEND_VALIDATION_DOSSIER' },
  'DECIDE_VALIDATION_DOSSIER:COMPLETE': { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' },
  'DECIDE_VALIDATION_DOSSIER:INCOMPLETE': {
    type: 'DECIDE_VALIDATION_DOSSIER',
    decision: 'INCOMPLETE',
    comment: 'Annexe 3 absente',
  },
  SCHEDULE_JURY: { type: 'SCHEDULE_JURY', date: '2025-07-01', time: '14:00', place: 'Lyon' },
  RECORD_JURY_RESULT: {
    type: 'RECORD_JURY_RESULT',
    result: 'PARTIAL_SUCCESS_OF_FULL_CERTIFICATION',
  },
  REVOKE_JURY_RESULT: {
    type: 'REVOKE_JURY_RESULT',
    reason: 'Résultat saisi sur la mauvaise candidature',
  },
  CHANGE_CERTIFICATION: { type: 'CHANGE_CERTIFICATION', certificationCode: 'RNCP35830' },
  CHANGE_AAP: { type: 'CHANGE_AAP', aapId: 'aap-2' },
  ARCHIVE: { type: 'ARCHIVE' },
  UNARCHIVE: { type: 'UNARCHIVE' },
  DECLARE_ABANDONMENT: { type: 'DECLARE_ABANDONMENT', reason: 'Plus de nouvelles du candidat' },
  CONFIRM_ABANDONMENT: { type: 'CONFIRM_ABANDONMENT' },
  REFUSE_ABANDONMENT: { type: 'REFUSE_ABANDONMENT' },
};

const FEASIBILITY_OF: Partial<Record<CandidacyStatus, FeasibilityDecision>> = {
  DOSSIER_FAISABILITE_ENVOYE: 'PENDING',
  DOSSIER_FAISABILITE_COMPLET: 'COMPLETE',
  DOSSIER_FAISABILITE_INCOMPLET: 'INCOMPLETE',
  DOSSIER_FAISABILITE_RECEVABLE: 'ADMISSIBLE',
  DOSSIER_FAISABILITE_NON_RECEVABLE: 'REJECTED',
  DOSSIER_DE_VALIDATION_ENVOYE: 'ADMISSIBLE',
  DOSSIER_DE_VALIDATION_SIGNALE: 'ADMISSIBLE',
};

/** A snapshot written out by hand (not built with the state machine under test). */
function snapshot(path: AccompanimentType, status: CandidacyStatus): CandidacyState {
  const decision = FEASIBILITY_OF[status];
  return {
    status,
    accompanimentType: path,
    certificationCode: 'RNCP34826',
    aapId: path === 'ACCOMPAGNE' && status !== 'PROJET' ? 'aap-1' : null,
    feasibility: decision
      ? {
          certificateurId: 'cert-1',
          decision,
          decisionHistory: [
            {
              decision: 'PENDING',
              certificateurId: 'cert-1',
              at: '2025-03-01T10:00:00.000Z',
              by: 'AAP',
              comment: null,
            },
            ...(decision === 'PENDING'
              ? []
              : [
                  {
                    decision,
                    certificateurId: 'cert-1',
                    at: '2025-03-20T10:00:00.000Z',
                    by: 'CERTIFICATEUR' as const,
                    comment: null,
                  },
                ]),
          ],
        }
      : null,
    validationDossier:
      status === 'DOSSIER_DE_VALIDATION_ENVOYE'
        ? { decision: 'PENDING', comment: null }
        : status === 'DOSSIER_DE_VALIDATION_SIGNALE'
          ? { decision: 'INCOMPLETE', comment: 'Annexe 3 absente' }
          : null,
    jury: null,
    abandonment: null,
    statusHistory: [
      { status: 'PROJET', at: '2025-01-10T08:00:00.000Z', by: 'CANDIDATE' },
      ...(status === 'PROJET'
        ? []
        : [{ status, at: '2025-04-01T08:00:00.000Z', by: 'AAP' as const }]),
    ],
  };
}

function archived(path: AccompanimentType, from: CandidacyStatus): CandidacyState {
  const state = snapshot(path, from);
  return {
    ...state,
    status: 'ARCHIVE',
    statusHistory: [
      ...state.statusHistory,
      { status: 'ARCHIVE', at: '2025-05-01T08:00:00.000Z', by: 'ADMIN' },
    ],
  };
}

function atJury(
  path: AccompanimentType,
  sessionDate: string,
  result: JuryResult | null,
): CandidacyState {
  return {
    ...snapshot(path, 'DOSSIER_DE_VALIDATION_ENVOYE'),
    validationDossier: { decision: 'COMPLETE', comment: null },
    jury: { sessionDate, time: '09:00', place: 'Rennes', result },
  };
}

function situation(path: AccompanimentType, name: string): CandidacyState {
  switch (name) {
    case 'ARCH':
      return archived(
        path,
        path === 'ACCOMPAGNE' ? 'PARCOURS_CONFIRME' : 'DOSSIER_FAISABILITE_RECEVABLE',
      );
    case 'ABD?':
      return {
        ...snapshot(path, 'PARCOURS_CONFIRME'),
        abandonment: { declaredBy: 'AAP', reason: 'Injoignable', confirmed: null },
      };
    case 'ABD!':
      return {
        ...(path === 'ACCOMPAGNE'
          ? atJury(path, '2025-06-10', null)
          : snapshot(path, 'DOSSIER_FAISABILITE_RECEVABLE')),
        abandonment: { declaredBy: 'CANDIDATE', reason: 'Déménagement', confirmed: true },
      };
    case 'V:SENT':
      return snapshot(path, 'DOSSIER_DE_VALIDATION_ENVOYE');
    case 'V:CHKD':
      return {
        ...snapshot(path, 'DOSSIER_DE_VALIDATION_ENVOYE'),
        validationDossier: { decision: 'COMPLETE', comment: null },
      };
    case 'J:SOON':
      return atJury(path, '2025-06-20', null);
    case 'J:PAST':
      return atJury(path, '2025-06-10', null);
    case 'J:PART':
      return atJury(path, '2025-06-10', 'PARTIAL_SUCCESS_OF_FULL_CERTIFICATION');
    case 'J:FULL':
      return atJury(path, '2025-06-10', 'FULL_SUCCESS_OF_FULL_CERTIFICATION');
    default: {
      const status = STATUSES[name];
      if (!status) throw new Error(`Unknown situation ${name}`);
      return snapshot(path, status);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

interface Row {
  readonly label: string;
  readonly actors: readonly CandidacyActor[];
  readonly cells: readonly string[];
}

function parseGrid(grid: string): { columns: string[]; rows: Row[] } {
  const [header, ...lines] = grid
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  const columns = header?.slice(2) ?? [];
  const rows = lines.map(([label = '', actors = '', ...cells]) => {
    const allowed = ACTORS[actors];
    if (!allowed || cells.length !== columns.length || !EVENTS[label]) {
      throw new Error(`Malformed grid row ${label}`);
    }
    for (const cell of cells) {
      if (!(cell === '=' || (cell.startsWith('>') && STATUSES[cell.slice(1)]) || CODES[cell])) {
        throw new Error(`Unknown cell ${cell} in row ${label}`);
      }
    }
    return { label, actors: allowed, cells };
  });
  return { columns, rows };
}

const GRIDS: { path: AccompanimentType; grid: string }[] = [
  { path: 'ACCOMPAGNE', grid: ACCOMPANIED_BEFORE_VALIDATION },
  { path: 'ACCOMPAGNE', grid: ACCOMPANIED_FROM_VALIDATION },
  { path: 'AUTONOME', grid: AUTONOMOUS_BEFORE_VALIDATION },
  { path: 'AUTONOME', grid: AUTONOMOUS_FROM_VALIDATION },
];

describe('every (situation × event × actor) gives the expected outcome', () => {
  it('lists every event type in every grid', () => {
    for (const { grid } of GRIDS) {
      const types = new Set(parseGrid(grid).rows.map((row) => EVENTS[row.label]?.type));
      expect(types.size).toBe(19);
    }
  });

  for (const { path, grid } of GRIDS) {
    const { columns, rows } = parseGrid(grid);
    describe(`${path} ${columns.join(' ')}`, () => {
      for (const row of rows) {
        for (const actor of CandidacyActor.values) {
          it(`${row.label} by ${actor}`, () => {
            const mismatches: string[] = [];
            columns.forEach((column, i) => {
              const state = deepFreeze(situation(path, column));
              const cell = row.cells[i] ?? '';
              const expected = row.actors.includes(actor) ? cell : 'ACTOR_NOT_ALLOWED';
              const result = applyCandidacyEvent(state, EVENTS[row.label]!, {
                actor,
                now: CONTEXT_NOW,
                today: TODAY,
              });
              const got = result.ok
                ? result.state.status === state.status
                  ? '='
                  : `>${result.state.status}`
                : result.error.code;
              const want =
                expected === '='
                  ? '='
                  : expected.startsWith('>')
                    ? `>${STATUSES[expected.slice(1)]}`
                    : (CODES[expected] ?? expected);
              if (got !== want) mismatches.push(`${column}: expected ${want}, got ${got}`);
            });
            expect(mismatches).toEqual([]);
          });
        }
      }
    });
  }
});
