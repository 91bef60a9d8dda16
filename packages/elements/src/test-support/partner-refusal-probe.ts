import { waitUntil } from '@open-wc/testing';

/** Publishable keys the test BFF refuses: one of nobody (PARTNER_KEY_INVALID). */
export const UNKNOWN_PARTNER_KEY = 'pk_live_0000000000000000000000000000000A';

/** The notice of a refused partner key or origin in `el`'s shadow root, once it shows. */
export async function refusalNotice(el: Element): Promise<HTMLElement> {
  const root = el.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('[part="refusal"]'), 'the refusal notice shows', {
    timeout: 5000,
  });
  return root.querySelector('[part="refusal"]') as HTMLElement;
}

export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records what `console.warn` prints until `restore()` (the developer's side of a refusal). */
export function recordWarnings(): { readonly lines: string[]; restore(): void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    restore: () => {
      console.warn = original;
    },
  };
}
