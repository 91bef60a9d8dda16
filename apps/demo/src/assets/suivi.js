// What a partner page may do when the dossier moves on: here, say it under the tracker.
const change = document.getElementById('change');
document.addEventListener('vae-status-change', (event) => {
  const { status, previousStatus } = event.detail;
  if (change) change.textContent = `Statut passé de ${previousStatus} à ${status}.`;
});
