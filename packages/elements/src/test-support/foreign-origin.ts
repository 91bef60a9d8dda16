import type { FrameReport, FrameRequest } from './foreign-origin-frame.js';

export type { FrameReport, FrameRequest };

/**
 * Another name of the test server: Chromium sends every `*.localhost` name to the loopback, so
 * the frame is served by the same server, from an origin that no allow-list of the test BFF holds.
 */
export const FOREIGN_HOST = 'site-non-autorise.localhost';

/**
 * Shows elements on a page of a foreign origin (an iframe on FOREIGN_HOST) and resolves with
 * what each shows once it has settled (see foreign-origin-frame.ts).
 */
export async function showOnForeignOrigin(requests: FrameRequest[]): Promise<FrameReport[]> {
  const url = new URL('./foreign-origin-frame.html', import.meta.url);
  url.hostname = FOREIGN_HOST;
  const frame = document.createElement('iframe');
  frame.title = 'Site non autorisé';
  frame.src = url.href;
  const answer = (expected: (data: unknown) => boolean) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the foreign frame did not answer')), 15_000);
      window.addEventListener('message', function listen(event) {
        if (event.source !== frame.contentWindow || !expected(event.data)) return;
        window.removeEventListener('message', listen);
        clearTimeout(timer);
        resolve(event.data);
      });
    });
  const ready = answer((data) => data === 'ready');
  document.body.append(frame);
  try {
    await ready;
    const reports = answer(Array.isArray);
    frame.contentWindow?.postMessage(requests, url.origin);
    return (await reports) as FrameReport[];
  } finally {
    frame.remove();
  }
}
