import {
  allowedEvents,
  type CandidacyActor,
  CandidacyStatus,
  CandidacyStep,
  candidacyStep,
  FeasibilityDecision,
  JuryResult,
  parisDate,
} from '@vae/core';
import type { AppDependencies } from '../../app-context.js';
import { findCertificateurAuthority } from '../accounts/repository.js';
import { getCertification } from '../certifications/repository.js';
import { findAapSite } from './aap-directory.js';
import { type CandidacyRecord, candidacyStateOf } from './candidacy-record.js';
import { documentsOfCandidacy } from './repository.js';
import { submittedAnswers } from './submitted-answers.js';

type Deps = Pick<AppDependencies, 'db' | 'clock'>;

/**
 * What the candidate's tracker shows: status and step with their labels, dates, the AAP's public
 * contact, the certification, the jury session, the comments addressed to the candidate, and the
 * actions the candidate may take. Never the NIR, the birth data or the eligibility answers.
 */
export async function trackerView(deps: Deps, record: CandidacyRecord) {
  const state = candidacyStateOf(record);
  const today = parisDate(deps.clock.now());
  const step = candidacyStep(state, today);
  const [certification, aap, certificateur, docs] = await Promise.all([
    getCertification(deps.db, state.certificationCode),
    state.aapId ? findAapSite(deps.db, state.aapId) : null,
    record.candidacy.certificateurId
      ? findCertificateurAuthority(deps.db, record.candidacy.certificateurId)
      : null,
    documentsOfCandidacy(deps.db, record.candidacy.id),
  ]);
  return {
    id: record.candidacy.id,
    status: state.status,
    statusLabel: CandidacyStatus.labels[state.status],
    step,
    stepLabel: CandidacyStep.labels[step],
    accompanimentType: state.accompanimentType,
    certification: {
      code: state.certificationCode,
      label: certification?.label ?? null,
    },
    aap: aap ? { id: aap.id, ...aap.contact } : null,
    // The certificateur's public contact: the candidate writes to it about its decisions.
    certificateur: certificateur
      ? { id: certificateur.id, name: certificateur.name, email: certificateur.contactEmail }
      : null,
    history: state.statusHistory.map((row) => ({
      status: row.status,
      label: CandidacyStatus.labels[row.status],
      at: row.at,
    })),
    feasibility: state.feasibility
      ? {
          decision: state.feasibility.decision,
          decisionLabel: FeasibilityDecision.labels[state.feasibility.decision],
          history: state.feasibility.decisionHistory.map((row) => ({
            decision: row.decision,
            at: row.at,
            comment: row.comment,
          })),
        }
      : null,
    validationDossier: state.validationDossier,
    jury: state.jury
      ? {
          date: state.jury.sessionDate,
          time: state.jury.time,
          place: state.jury.place,
          result: state.jury.result,
          resultLabel: state.jury.result ? JuryResult.labels[state.jury.result] : null,
        }
      : null,
    abandonment: state.abandonment
      ? {
          declaredBy: state.abandonment.declaredBy,
          reason: state.abandonment.reason,
          confirmed: state.abandonment.confirmed,
        }
      : null,
    documents: docs.map((doc) => ({
      id: doc.id,
      dossier: doc.dossierType,
      role: doc.role,
      fileName: doc.fileName,
      contentType: doc.contentType,
      sizeBytes: doc.sizeBytes,
      uploadedAt: doc.uploadedAt,
    })),
    createdAt: record.candidacy.createdAt,
    updatedAt: record.candidacy.updatedAt,
  };
}

/** The candidate's view plus what the actions need: their allowed events and the actions for `actor`. */
export async function candidateView(deps: Deps, record: CandidacyRecord) {
  return withAllowedEvents(deps, record, 'CANDIDATE', await trackerView(deps, record));
}

/**
 * What a professional sees: the tracker view, the candidate's identity and contact (the NIR only
 * as `hasNir`), the typology, the eligibility answers as submitted and the verdict, and the
 * version for concurrency.
 */
export async function professionalView(deps: Deps, record: CandidacyRecord, actor: CandidacyActor) {
  const { candidate, candidacy } = record;
  const base = await trackerView(deps, record);
  return withAllowedEvents(deps, record, actor, {
    ...base,
    version: candidacy.version,
    typology: candidacy.typology,
    eligibility: candidacy.eligibilityResult,
    eligibilityAnswers: submittedAnswers(candidacy.eligibilityAnswers),
    partnerId: candidacy.partnerId,
    candidate: {
      id: candidate.id,
      givenName: candidate.givenName,
      familyName: candidate.familyName,
      email: candidate.email,
      phone: candidate.phone,
      department: candidate.department,
      hasNir: candidate.nirEncrypted !== null,
    },
  });
}

function withAllowedEvents<T extends object>(
  deps: Deps,
  record: CandidacyRecord,
  actor: CandidacyActor,
  view: T,
) {
  const today = parisDate(deps.clock.now());
  return { ...view, allowedEvents: allowedEvents(candidacyStateOf(record), actor, today) };
}
