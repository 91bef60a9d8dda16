// The two staff pages (espace-aap.html, espace-certificateur.html). Demo only: the key typed in
// the form becomes the inbox's bearer, for this tab's life. A real portal's server mints an
// embed session for the signed-in staff member instead.
const form = document.getElementById('access');
const inbox = document.querySelector('vae-aap-inbox, vae-certificateur-inbox');
const lastAction = document.getElementById('last-action');

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = new FormData(form).get('key');
  if (!inbox || typeof key !== 'string' || !key.trim()) return;
  inbox.setAttribute('session-token', key.trim());
  inbox.hidden = false;
});

// What a portal may do after an action: here, say it under the inbox.
document.addEventListener('vae-candidacy-action', (event) => {
  const { id, action, status } = event.detail;
  if (lastAction) lastAction.textContent = `Dernière action : ${action} sur ${id} → ${status}.`;
});
