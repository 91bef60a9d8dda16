import type { Database } from '../src/db/client.js';

/**
 * After the creation load: every acknowledged id is there exactly once, and every candidacy has
 * its first history entry and its idempotency record (a half-written creation would lack one).
 * Creations the server committed while the load generator stopped listening are counted apart.
 */
export async function checkCreations(db: Database, acknowledged: string[]) {
  const unique = new Set(acknowledged);
  const count = async (sql: string) => Number((await db.client.execute(sql)).rows[0]?.[0] ?? 0);
  const candidacies = await count('SELECT count(*) FROM candidacies');
  const histories = await count('SELECT count(*) FROM candidacy_status_history');
  const idempotencyRecords = await count('SELECT count(*) FROM idempotency_keys');
  const withoutHistory = await count(
    `SELECT count(*) FROM candidacies c
     WHERE NOT EXISTS (SELECT 1 FROM candidacy_status_history h WHERE h.candidacy_id = c.id)`,
  );
  const stored = new Set(
    (await db.client.execute('SELECT id FROM candidacies')).rows.map((row) => String(row[0])),
  );
  const missing = [...unique].filter((id) => !stored.has(id)).length;
  const answeredTwice = acknowledged.length - unique.size;
  const committedUnacknowledged = candidacies - unique.size;
  return {
    ok:
      missing === 0 &&
      answeredTwice === 0 &&
      withoutHistory === 0 &&
      histories === candidacies &&
      idempotencyRecords === candidacies &&
      committedUnacknowledged >= 0,
    acknowledged: acknowledged.length,
    candidacies,
    missing,
    answeredTwice,
    withoutHistory,
    histories,
    idempotencyRecords,
    committedUnacknowledged,
  };
}
