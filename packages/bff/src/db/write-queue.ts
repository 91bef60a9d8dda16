import type { Database } from './client.js';

const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Runs write transactions of this process one after the other. The embedded libSQL driver is
 * synchronous: a second `BEGIN IMMEDIATE` while another transaction of the same process awaits
 * would block the event loop on the file lock until its busy timeout, and the holder could never
 * finish. Queuing them here keeps every writer moving; other processes (or a libSQL server)
 * are still serialised by the database itself and the version checks.
 */
export function inWriteQueue<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db.client) ?? Promise.resolve();
  const run = previous.then(work, work);
  queues.set(
    db.client,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}
