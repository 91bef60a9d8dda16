/**
 * The tracking code a candidate typed, kept for the tab only (sessionStorage): it opens the
 * dossier, so it must not outlive the tab nor be shared with other tabs or a later visitor of
 * a shared computer. Storage may be unavailable (privacy modes, sandboxed iframes): the code
 * then lives in memory only.
 */
const STORAGE_KEY = 'vae-dossier-status:tracking-code';

/** What a tracking code looks like (`vae_tc_…`), as the API's bearer credentials. */
export const TRACKING_CODE = /^vae_tc_[\w-]{8,193}$/;

export function readTrackingCode(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveTrackingCode(code: string | null): void {
  try {
    if (code === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Without storage the code stays in the element's memory for this page only.
  }
}
