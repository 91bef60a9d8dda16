import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';

export type DatabaseState = 'ok' | 'unreachable';

/** Runs a real query, bounded in time so a hung database gives a quick answer. */
export async function checkDatabase(db: Database, timeoutMs: number): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), timeoutMs);
  });
  const probe = db.orm
    .run(sql`select 1`)
    .then((): DatabaseState => 'ok')
    .catch((): DatabaseState => 'unreachable');
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
