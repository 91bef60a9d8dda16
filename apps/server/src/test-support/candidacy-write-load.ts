import { randomUUID } from 'node:crypto';
import { createDatabase, DEMO_PUBLISHABLE_KEY } from '@vae/bff';

/** A valid creation for the demo catalogue, unique per index (e-mail), autonomous path. */
export function candidacyCreation(index: number) {
  return {
    certificationCode: 'RNCP35830',
    eligibility: {
      typology: 'SALARIE_PRIVE',
      experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
      recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
      dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
      department: '75',
    },
    candidate: {
      givenName: 'Charge',
      familyName: `Test ${index}`,
      email: `load${index}@example.org`,
    },
    accompanimentType: 'AUTONOME',
  };
}

export interface WriteLoad {
  /** Ids of the creations the server acknowledged with a 2xx, so far. */
  readonly acknowledged: string[];
  /** Stops sending; resolves once the requests in flight have ended (answered or failed). */
  stop(): Promise<void>;
}

/**
 * Server-side partner traffic: `workers` loops each sending one creation at a time (no Origin,
 * judged on the demo key), each with its own Idempotency-Key. Failed requests (server killed)
 * are simply not acknowledged.
 */
export function startWriteLoad(baseUrl: string, workers = 4): WriteLoad {
  const acknowledged: string[] = [];
  let running = true;
  let next = 0;
  const worker = async () => {
    while (running) {
      const index = next++;
      try {
        const res = await fetch(`${baseUrl}/api/v1/candidacies`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Vae-Partner': DEMO_PUBLISHABLE_KEY,
            'Idempotency-Key': randomUUID(),
          },
          body: JSON.stringify(candidacyCreation(index)),
        });
        const body = (await res.json()) as { id?: string };
        if (res.ok && typeof body.id === 'string') acknowledged.push(body.id);
        else if (res.status !== 429) throw new Error(`creation answered ${res.status}`);
      } catch (error) {
        if (running && !(error instanceof TypeError)) throw error;
        // TypeError: the connection failed (server gone); the loop ends when stopped.
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const loops = Array.from({ length: workers }, worker);
  return {
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface DatabaseFacts {
  integrity: string;
  candidacyIds: Set<string>;
  /** Candidacies without their first status-history entry: a half-written creation. */
  withoutHistory: number;
  migrationsApplied: number;
}

export async function databaseFacts(url: string): Promise<DatabaseFacts> {
  const db = createDatabase(url);
  try {
    const integrity = await db.client.execute('PRAGMA integrity_check');
    const ids = await db.client.execute('SELECT id FROM candidacies');
    const orphans = await db.client.execute(
      `SELECT count(*) AS n FROM candidacies c
       WHERE NOT EXISTS (SELECT 1 FROM candidacy_status_history h WHERE h.candidacy_id = c.id)`,
    );
    const migrations = await db.client.execute('SELECT count(*) AS n FROM __drizzle_migrations');
    return {
      integrity: integrity.rows.map((row) => String(row[0])).join('; '),
      candidacyIds: new Set(ids.rows.map((row) => String(row['id']))),
      withoutHistory: Number(orphans.rows[0]?.['n']),
      migrationsApplied: Number(migrations.rows[0]?.['n']),
    };
  } finally {
    db.close();
  }
}
