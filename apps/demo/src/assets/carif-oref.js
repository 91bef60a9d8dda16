// The partner's own glue: the three elements only talk through their public events.
const questionnaire = document.getElementById('questionnaire');
const picker = document.getElementById('picker');
const waiting = document.getElementById('eligibility-waiting');
const chosen = document.getElementById('eligibility-chosen');
const eligibilityTitle = document.getElementById('eligibility-title');
const aapSection = document.getElementById('accompagnement');
const aapTitle = document.getElementById('aap-title');
const aapChosen = document.getElementById('aap-chosen');

function reveal(heading) {
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}

document.addEventListener('vae-diploma-select', (event) => {
  const { rncpCode, label } = event.detail;
  if (!questionnaire || !chosen || !waiting) return;
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
  if (outcome !== 'ELIGIBLE') {
    aapSection.hidden = true;
    return;
  }
  picker.setAttribute('certification', certification);
  aapSection.hidden = false;
  reveal(aapTitle);
});

document.addEventListener('vae-eligibility-reset', () => {
  if (aapSection) aapSection.hidden = true;
});

document.addEventListener('vae-aap-select', (event) => {
  const { organism } = event.detail;
  if (aapChosen) {
    aapChosen.textContent = `Vous avez choisi ${organism.publicName}. Il vous recontacte pour démarrer votre accompagnement.`;
  }
});
