// The partner's own glue: the three elements only talk through their public events, and what
// they gathered is handed to <vae-journey> (its `prefill` property) for the submission.
const questionnaire = document.getElementById('questionnaire');
const picker = document.getElementById('picker');
const waiting = document.getElementById('eligibility-waiting');
const chosen = document.getElementById('eligibility-chosen');
const eligibilityTitle = document.getElementById('eligibility-title');
const aapSection = document.getElementById('accompagnement');
const aapTitle = document.getElementById('aap-title');
const aapChosen = document.getElementById('aap-chosen');
const toSubmission = document.getElementById('to-submission');
const submissionSection = document.getElementById('depot');
const submissionTitle = document.getElementById('submission-title');
const journey = document.getElementById('journey');

/** What the elements gave in their events, as <vae-journey>'s `prefill` takes it. */
const prefill = { certification: null, eligibility: null, aap: null };

function reveal(heading) {
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Until the candidate is eligible and has an AAP again, there is nothing to submit. */
function withdrawSubmission() {
  if (toSubmission) toSubmission.hidden = true;
  if (submissionSection) submissionSection.hidden = true;
}

document.addEventListener('vae-diploma-select', (event) => {
  const { rncpCode, label } = event.detail;
  if (!questionnaire || !chosen || !waiting) return;
  prefill.certification = { rncpCode, label };
  prefill.eligibility = null;
  prefill.aap = null;
  withdrawSubmission();
  questionnaire.setAttribute('certification', rncpCode);
  questionnaire.hidden = false;
  waiting.hidden = true;
  chosen.hidden = false;
  chosen.textContent = `Diplôme choisi : ${label} (${rncpCode}).`;
  // A new diploma means a new verdict: the picker waits for it.
  if (aapSection) aapSection.hidden = true;
  reveal(eligibilityTitle);
});

document.addEventListener('vae-eligibility-complete', (event) => {
  const { outcome, certification } = event.detail;
  if (!picker || !aapSection) return;
  withdrawSubmission();
  if (outcome !== 'ELIGIBLE') {
    aapSection.hidden = true;
    return;
  }
  prefill.eligibility = event.detail;
  // Answers changed for the same diploma: the AAP chosen before still stands.
  if (toSubmission && prefill.aap) toSubmission.hidden = false;
  picker.setAttribute('certification', certification);
  aapSection.hidden = false;
  reveal(aapTitle);
});

document.addEventListener('vae-eligibility-reset', () => {
  if (aapSection) aapSection.hidden = true;
  withdrawSubmission();
});

document.addEventListener('vae-aap-select', (event) => {
  const { organism } = event.detail;
  prefill.aap = organism;
  if (aapChosen) {
    aapChosen.textContent = `Vous avez choisi ${organism.publicName}. Il vous recontacte pour démarrer votre accompagnement.`;
  }
  if (toSubmission) toSubmission.hidden = false;
  // Already submitting: the journey follows a change of AAP (arrows move the choice, so the
  // focus stays in the picker; the button below takes it on).
  if (journey && submissionSection && !submissionSection.hidden) journey.prefill = { ...prefill };
});

toSubmission?.addEventListener('click', () => {
  if (!journey || !submissionSection) return;
  journey.prefill = { ...prefill };
  submissionSection.hidden = false;
  reveal(submissionTitle);
});
