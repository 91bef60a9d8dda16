import type { Database } from '../src/db/client.js';
import { dossierForm, eligibleAnswers } from '../src/test-support/lifecycle-fixtures.js';

/** What load-server.ts tells its parent. */
export interface BenchServer {
  port: number;
  partnerKey: string;
  aapKey: string;
  certificateurKey: string;
  certificateurId: string;
}

type LoadClient = ReturnType<typeof loadClient>;

/** Plain HTTP calls to the bench server: the setup steps and the race. */
export function loadClient(info: BenchServer) {
  const base = `http://127.0.0.1:${info.port}`;
  const call = async (
    method: string,
    path: string,
    options: { bearer?: string; json?: unknown; form?: FormData } = {},
  ) => {
    const headers: Record<string, string> = { 'X-Vae-Partner': info.partnerKey };
    if (options.bearer) headers['Authorization'] = `Bearer ${options.bearer}`;
    let body: string | FormData | undefined = options.form;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    return fetch(`${base}/api/v1${path}`, { method, headers, body });
  };
  const ok = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; trackingCode: string }>;
  };
  const creation = (index: number, accompanied = false) => ({
    certificationCode: 'RNCP35830',
    eligibility: eligibleAnswers,
    candidate: {
      givenName: 'Bench',
      familyName: `Load ${index}`,
      email: `bench${index}@example.org`,
    },
    ...(accompanied
      ? { accompanimentType: 'ACCOMPAGNE', aapId: 'site-a1' }
      : { accompanimentType: 'AUTONOME' }),
  });
  let created = 0;
  const submitted = () =>
    call('POST', '/candidacies', { json: creation(1e9 + created++, true) }).then(ok);
  return {
    base,
    call,
    creation,
    /** Candidacies sent to the bench AAP, each taken over once by the mixed load. */
    async submittedCandidacies(count: number) {
      const ids: string[] = [];
      const worker = async () => {
        while (ids.length < count) ids.push((await submitted()).id);
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      let next = 0;
      return {
        size: ids.length,
        takeOverPath: () => `/api/v1/aap/candidacies/${ids[next++ % ids.length]}/take-over`,
      };
    },
    /** A candidacy whose feasibility dossier waits for the certificateur's decision. */
    async feasibilitySent() {
      const c = await submitted();
      await ok(await call('POST', `/aap/candidacies/${c.id}/take-over`, { bearer: info.aapKey }));
      await ok(await call('POST', `/aap/candidacies/${c.id}/parcours`, { bearer: info.aapKey }));
      await ok(
        await call('POST', '/candidate/candidacy/parcours/confirm', { bearer: c.trackingCode }),
      );
      const form = dossierForm({ certificateurId: info.certificateurId });
      await ok(
        await call('POST', `/aap/candidacies/${c.id}/feasibility`, { bearer: info.aapKey, form }),
      );
      return c;
    },
    info,
  };
}

/**
 * 100 final decisions at once on one dossier, half ADMISSIBLE, half REJECTED: one answer 2xx,
 * the others 409, one decision stored besides the submission (PENDING), each status once.
 */
export async function decisionRace(client: LoadClient, db: Database) {
  const { id } = await client.feasibilitySent();
  // Which decision leaves first changes from race to race.
  const offset = Math.random() < 0.5 ? 0 : 1;
  const decisions = Array.from({ length: 100 }, (_, i) =>
    (i + offset) % 2 ? 'REJECTED' : 'ADMISSIBLE',
  );
  const answers = await Promise.all(
    decisions.map(async (decision) => {
      const res = await client.call(
        'POST',
        `/certificateur/candidacies/${id}/feasibility/decision`,
        {
          bearer: client.info.certificateurKey,
          json: { decision, comment: 'Décision du banc de charge' },
        },
      );
      await res.arrayBuffer();
      return { decision, status: res.status };
    }),
  );
  const winners = answers.filter((a) => a.status >= 200 && a.status < 300);
  const statuses: Record<string, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  const stored = await db.client.execute({
    sql: "SELECT decision FROM feasibility_decisions WHERE candidacy_id = ? AND decision <> 'PENDING'",
    args: [id],
  });
  const history = await db.client.execute({
    sql: 'SELECT status FROM candidacy_status_history WHERE candidacy_id = ? ORDER BY at, id',
    args: [id],
  });
  const statusesInHistory = history.rows.map((row) => String(row[0]));
  const current = await db.client.execute({
    sql: 'SELECT status FROM candidacies WHERE id = ?',
    args: [id],
  });
  const finalStatus = String(current.rows[0]?.[0]);
  const winner = winners[0]?.decision ?? null;
  return {
    ok:
      winners.length === 1 &&
      Object.keys(statuses).every((s) => s.startsWith('2') || s === '409') &&
      stored.rows.length === 1 &&
      String(stored.rows[0]?.[0]) === winner &&
      statusesInHistory.at(-1) === finalStatus &&
      new Set(statusesInHistory).size === statusesInHistory.length,
    winner,
    statuses,
    decisionsStored: stored.rows.length,
    history: statusesInHistory,
    finalStatus,
  };
}
