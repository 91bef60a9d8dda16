import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Lang, resolveLang } from './lang.js';

type Host = ReactiveControllerHost & Element;

/**
 * Keeps an element in the language of its closest `lang` attribute: `value` is read at render
 * time, and a change of any `lang` attribute in the document re-renders the connected hosts.
 * One observer per document serves every element. Changes made inside other components'
 * shadow roots are not observed (they are rare; the next render picks them up).
 */
export class LangController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get value(): Lang {
    return resolveLang(this.#host);
  }

  hostConnected(): void {
    watchers.add(this.#host);
    observer ??= startObserver();
  }

  hostDisconnected(): void {
    watchers.delete(this.#host);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

const watchers = new Set<Host>();
let observer: MutationObserver | undefined;

function startObserver(): MutationObserver {
  const mutationObserver = new MutationObserver(() => {
    for (const host of watchers) host.requestUpdate();
  });
  mutationObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  return mutationObserver;
}
