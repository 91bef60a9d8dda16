import type { CandidacyStatus } from '@vae/core';
import type { TrackerView } from './tracker-api.js';

/** The five stages the candidate reads the journey in (DOMAIN.md, "The candidacy and its statuses"). */
export type Phase = 'application' | 'accompaniment' | 'feasibility' | 'validation' | 'jury';
export type PhaseState = 'done' | 'current' | 'stopped' | 'upcoming';

export interface HistoryEntry {
  status: CandidacyStatus;
  label: { fr: string; en: string };
  at: string;
}

export interface PhaseItem {
  phase: Phase;
  state: PhaseState;
  /** The status changes that happened in this stage, oldest first. */
  entries: HistoryEntry[];
}

export interface Timeline {
  phases: PhaseItem[];
  /** Archived or abandoned: the journey stopped at the `stopped` phase. */
  closed: boolean;
  /** The last status before archiving (the status itself otherwise). */
  reached: HistoryEntry | null;
}

const PHASES: readonly Phase[] = ['application', 'accompaniment', 'feasibility', 'validation'];

export function phaseOfStatus(status: CandidacyStatus): Phase {
  if (status === 'PROJET' || status === 'VALIDATION' || status === 'ARCHIVE') return 'application';
  if (status.startsWith('DOSSIER_FAISABILITE')) return 'feasibility';
  if (status.startsWith('DOSSIER_DE_VALIDATION')) return 'validation';
  return 'accompaniment';
}

/**
 * Places the candidacy on the five stages: those before the current one are done, the current
 * one is marked (or "stopped" for an archived or abandoned candidacy, at the stage it had
 * reached), the others are to come. An autonomous candidate has no accompaniment stage.
 */
export function timelineOf(view: TrackerView): Timeline {
  const history = (view.history as HistoryEntry[]).filter((row) => row.status !== 'ARCHIVE');
  const reached = history.at(-1) ?? null;
  const status = view.status === 'ARCHIVE' ? (reached?.status ?? 'PROJET') : view.status;
  const closed = view.status === 'ARCHIVE' || view.step === 'ABANDONED';
  const inJury = view.jury !== null && status === 'DOSSIER_DE_VALIDATION_ENVOYE';
  const current: Phase = inJury ? 'jury' : phaseOfStatus(status);
  const accompanied =
    view.accompanimentType === 'ACCOMPAGNE' ||
    history.some((row) => phaseOfStatus(row.status) === 'accompaniment');
  const phases = [...PHASES, 'jury' as const].filter(
    (phase) => accompanied || phase !== 'accompaniment',
  );
  const currentIndex = phases.indexOf(current);
  return {
    closed,
    reached,
    phases: phases.map((phase, index) => {
      const state: PhaseState =
        index < currentIndex
          ? 'done'
          : index > currentIndex
            ? 'upcoming'
            : closed
              ? 'stopped'
              : 'current';
      const entries =
        state === 'upcoming' ? [] : history.filter((row) => phaseOfStatus(row.status) === phase);
      return { phase, state, entries };
    }),
  };
}
