import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../shared/api-problem.js';

/** Where the latest request stands; `value` keeps the last answer while a new one loads. */
export interface RequestState<T> {
  readonly status: 'idle' | 'pending' | 'complete' | 'error';
  readonly value: T | undefined;
  readonly error: unknown;
}

const IDLE: RequestState<never> = { status: 'idle', value: undefined, error: undefined };

/**
 * Runs one request at a time for its host, optionally after a quiet delay (typing): a new
 * request aborts the previous one, and an answer that comes back anyway (a server or a fetch
 * that ignored the abort) is dropped unless it answers the latest request. So a slow old
 * response never overwrites a newer one.
 */
export class LatestRequest<A, T> implements ReactiveController {
  state: RequestState<T> = IDLE;

  readonly #host: ReactiveControllerHost;
  readonly #run: (args: A, signal: AbortSignal) => Promise<T>;
  readonly #delay: number;
  readonly #onError: ((error: unknown) => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;
  #sequence = 0;
  #lastArgs: A | undefined;

  constructor(
    host: ReactiveControllerHost,
    options: {
      run: (args: A, signal: AbortSignal) => Promise<T>;
      /** Told once of each failure of a latest request (aborts are not failures). */
      onError?: (error: unknown) => void;
      delay?: number;
    },
  ) {
    this.#host = host;
    this.#run = options.run;
    this.#onError = options.onError;
    this.#delay = options.delay ?? 0;
    host.addController(this);
  }

  /** Runs after the quiet delay; a call within the delay replaces the waiting one. */
  schedule(args: A): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(args), this.#delay);
  }

  /** Runs now, aborting whatever is waiting or under way. */
  async run(args: A): Promise<void> {
    this.cancel();
    this.#lastArgs = args;
    const sequence = this.#sequence;
    const controller = new AbortController();
    this.#controller = controller;
    this.#set({ status: 'pending', value: this.state.value, error: undefined });
    try {
      const value = await this.#run(args, controller.signal);
      if (sequence === this.#sequence) this.#set({ status: 'complete', value, error: undefined });
    } catch (error) {
      if (sequence !== this.#sequence || isAbortError(error)) return;
      this.#set({ status: 'error', value: this.state.value, error });
      this.#onError?.(error);
    }
  }

  /** Runs the last request again (the retry button of an error). */
  retry(): Promise<void> {
    return this.#lastArgs === undefined ? Promise.resolve() : this.run(this.#lastArgs);
  }

  /** Forgets the waiting and running requests: their answers will be dropped. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    this.#sequence += 1;
  }

  /** Cancels, and forgets the last answer too (the field was emptied). */
  reset(): void {
    this.cancel();
    this.#set(IDLE);
  }

  hostDisconnected(): void {
    this.cancel();
    if (this.state.status === 'pending') this.#set({ ...this.state, status: 'idle' });
  }

  #set(state: RequestState<T>): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
