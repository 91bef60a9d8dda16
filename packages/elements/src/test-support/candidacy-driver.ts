import { bffUrl, testAccess } from './bff.js';

/** Answers that make a private-sector employee of Paris eligible (as the BFF's own tests use). */
const ELIGIBLE_ANSWERS = {
  typology: 'SALARIE_PRIVE',
  experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
  recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
  dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
  department: '75',
};

interface CallOptions {
  bearer?: string;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/** One call to the real test BFF; fails the test on an unexpected error status. */
export async function callApi(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.bearer) headers['Authorization'] = `Bearer ${options.bearer}`;
  let body: BodyInit | undefined = options.form;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${bffUrl}/api/v1${path}`, { method, headers, body });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ id: string; status: string; trackingCode?: string }>;
}

function dossierForm(fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const pdf = new TextEncoder().encode('%PDF-1.4\n% dossier\n%%EOF\n');
  form.set('dossier', new File([pdf], 'dossier.pdf', { type: 'application/pdf' }));
  return form;
}

/** Today in Paris (`YYYY-MM-DD`): the jury rules compare session dates with it. */
function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/**
 * Creates a candidacy through the public API (as a partner page would), sent to a site of the
 * demo AAP (or a draft on the autonomous path), then moves it as the AAP, the certificateur and the candidate do, through their
 * APIs. Each method performs one act of the journey.
 */
export async function createSubmittedCandidacy(options: { autonomous?: boolean } = {}) {
  const path = options.autonomous
    ? { accompanimentType: 'AUTONOME' }
    : { accompanimentType: 'ACCOMPAGNE', aapId: testAccess.aapSiteIds[0] };
  const created = await callApi('POST', '/candidacies', {
    headers: { 'X-Vae-Partner': testAccess.partnerKey },
    json: {
      certificationCode: 'RNCP35830',
      eligibility: ELIGIBLE_ANSWERS,
      candidate: {
        givenName: 'Camille',
        familyName: 'Martin',
        email: 'camille.martin@example.org',
      },
      ...path,
    },
  });
  const trackingCode = created.trackingCode ?? '';
  const id = created.id;
  const aap = (act: string, options: CallOptions = {}) =>
    callApi('POST', `/aap/candidacies/${id}/${act}`, { bearer: testAccess.aapKey, ...options });
  const certificateur = (act: string, json: unknown) =>
    callApi('POST', `/certificateur/candidacies/${id}/${act}`, {
      bearer: testAccess.certificateurKey,
      json,
    });
  const certificateurId = async () => {
    const res = await fetch(`${bffUrl}/api/v1/aap/candidacies/${id}/certificateurs`, {
      headers: { Authorization: `Bearer ${testAccess.aapKey}` },
    });
    const { items } = (await res.json()) as { items: { id: string; name: string }[] };
    const national = items.find((item) => item.name.includes('national')) ?? items[0];
    return national?.id ?? '';
  };
  return {
    id,
    trackingCode,
    takeOver: () => aap('take-over'),
    sendParcours: () => aap('parcours'),
    confirmParcours: () =>
      callApi('POST', '/candidate/candidacy/parcours/confirm', { bearer: trackingCode }),
    sendFeasibility: async () =>
      aap('feasibility', { form: dossierForm({ certificateurId: await certificateurId() }) }),
    decideFeasibility: (decision: string, comment?: string) =>
      certificateur('feasibility/decision', comment ? { decision, comment } : { decision }),
    sendValidationDossier: () => aap('validation-dossier', { form: dossierForm() }),
    decideValidationDossier: (decision: string, comment?: string) =>
      certificateur('validation-dossier/decision', comment ? { decision, comment } : { decision }),
    scheduleJuryToday: (place: string) =>
      certificateur('jury', { date: parisToday(), time: '14:00', place }),
    recordJuryResult: (result: string) => certificateur('jury/result', { result }),
    archive: () => aap('archive'),
    declareAbandonment: (reason: string) => aap('abandonment', { json: { reason } }),
  };
}
