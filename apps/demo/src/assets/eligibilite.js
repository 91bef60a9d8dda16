// What a partner page does with the verdict: here, says it; a real page would go on to the
// organism picker (eligible) or keep the person on its counselling page (public sector).
const verdict = document.getElementById('verdict');
const outcomes = {
  ELIGIBLE: 'éligible',
  NOT_ELIGIBLE: 'non éligible',
  REDIRECT_CONSEIL: 'orientation vers un conseiller',
};
document.addEventListener('vae-eligibility-complete', (event) => {
  const { outcome, certification, reasons } = event.detail;
  if (!verdict) return;
  const count = reasons.length === 1 ? '1 motif' : `${reasons.length} motifs`;
  verdict.textContent = `Résultat reçu par la page : ${outcomes[outcome]} pour ${certification} (${count}).`;
});
