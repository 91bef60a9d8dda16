import { type Draft, isStepId, restoreDraft, type StepId } from './questions.js';

/** Where the person was: a question, or the summary of the answers. */
export type Position =
  | { readonly kind: 'question'; readonly step: StepId }
  | { readonly kind: 'summary' };

export interface SavedProgress {
  readonly draft: Draft;
  readonly position: Position;
}

const PREFIX = 'vae-eligibility-questionnaire:';
const VERSION = 1;

/**
 * Keeps the answers across a reload of the page, per certification, in sessionStorage (gone
 * when the tab closes; cleared once the result is confirmed). Storage can be unavailable
 * (private browsing, a full quota, a sandboxed frame): the questionnaire then simply works
 * without it.
 */
export const draftStorage = {
  load(certification: string): SavedProgress | null {
    try {
      const raw = sessionStorage.getItem(PREFIX + certification);
      if (!raw) return null;
      const saved = JSON.parse(raw) as { v?: unknown; draft?: unknown; position?: unknown };
      if (saved.v !== VERSION) return null;
      const draft = restoreDraft(saved.draft);
      return { draft, position: restorePosition(saved.position) };
    } catch {
      return null;
    }
  },

  save(certification: string, progress: SavedProgress): void {
    try {
      sessionStorage.setItem(PREFIX + certification, JSON.stringify({ v: VERSION, ...progress }));
    } catch {
      // Storage refused: the answers live as long as the page, which is still usable.
    }
  },

  clear(certification: string): void {
    try {
      sessionStorage.removeItem(PREFIX + certification);
    } catch {
      // Nothing was stored.
    }
  },
};

function restorePosition(stored: unknown): Position {
  const raw = (typeof stored === 'object' && stored) as { kind?: unknown; step?: unknown };
  if (raw && raw.kind === 'summary') return { kind: 'summary' };
  if (raw && isStepId(raw.step)) return { kind: 'question', step: raw.step };
  return { kind: 'question', step: 'typology' };
}
