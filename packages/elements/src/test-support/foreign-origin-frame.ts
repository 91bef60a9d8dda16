/*
 * A page on an origin that no allow-list holds (`foreign-origin.ts` opens it in an iframe on
 * another host name of the test server): it adds the elements its parent asks for, waits until
 * each settles, and posts back what each shows. The parent cannot read a cross-origin frame.
 */
import '../vae-dossier-status/define.js';

/** What the parent asks: a tag, its attributes, and properties (credentials stay out of the URL). */
export interface FrameRequest {
  tag: string;
  attributes: Record<string, string>;
  properties: Record<string, unknown>;
  /** `data-state` values at which the element has settled. */
  settledStates: string[];
}

/** What the frame answers for each element. */
export interface FrameReport {
  state: string | null;
  refusalCode: string | null;
  text: string;
  buttons: number;
  errorCodes: string[];
}

const SETTLE_TIMEOUT_MS = 8000;

async function show(request: FrameRequest): Promise<FrameReport> {
  const el = document.createElement(request.tag);
  for (const [name, value] of Object.entries(request.attributes)) el.setAttribute(name, value);
  Object.assign(el, request.properties);
  const errorCodes: string[] = [];
  el.addEventListener('vae-error', (event) => {
    errorCodes.push((event as CustomEvent<{ code: string }>).detail.code);
  });
  document.querySelector('main')?.append(el);
  const stateOf = () =>
    el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
  const started = Date.now();
  while (
    !request.settledStates.includes(stateOf() ?? '') &&
    Date.now() - started < SETTLE_TIMEOUT_MS
  ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The refusal notice is fetched on first use: give it the time to show.
  const notice = () => el.shadowRoot?.querySelector<HTMLElement>('[part="refusal"]');
  while (stateOf() === 'refused' && !notice() && Date.now() - started < SETTLE_TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    state: stateOf(),
    refusalCode: notice()?.dataset['code'] ?? null,
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    buttons: el.shadowRoot?.querySelectorAll('button, input').length ?? 0,
    errorCodes,
  };
}

window.addEventListener('message', async (event: MessageEvent<FrameRequest[]>) => {
  if (event.source !== window.parent) return;
  const reports = await Promise.all(event.data.map(show));
  window.parent.postMessage(reports, event.origin);
});
window.parent.postMessage('ready', '*');
