// The portal's browser side: each element asks "our" server for its session when it needs one
// (first render, then before the 15 minutes run out). The demo route plays the university's
// server; a real portal would call its own endpoint, behind its own sign-in.
function sessionFrom(subject) {
  return async () => {
    const res = await fetch(`/demo-api/sessions/${subject}`, { method: 'POST' });
    if (!res.ok) throw new Error(`Session refusée (${res.status})`);
    return res.json();
  };
}

const elements = [
  ['tracker', 'student'],
  ['aap-inbox', 'aap'],
  ['certificateur-inbox', 'certificateur'],
];
for (const [id, subject] of elements) {
  const element = document.getElementById(id);
  if (element) element.fetchSessionToken = sessionFrom(subject);
}

const said = {
  'aap-inbox': document.getElementById('aap-action'),
  'certificateur-inbox': document.getElementById('jury-action'),
};
document.addEventListener('vae-candidacy-action', (event) => {
  const out = said[event.target?.id];
  if (out)
    out.textContent = `Action enregistrée : ${event.detail.action} → ${event.detail.status}.`;
});

// « Rattachez-la à votre espace »: the student gives the tracking code of a candidacy sent on
// another site; "our" server links it and remembers it for this visitor (an HttpOnly cookie),
// so the next sessions it mints open that candidacy.
const linkForm = document.getElementById('link-form');
const linkCode = document.getElementById('link-code');
const linkError = document.getElementById('link-error');
const linkStatus = document.getElementById('link-status');
const tracker = document.getElementById('tracker');
const trackerArea = document.getElementById('tracker-area');
let linking = false;

function showLinkError(message) {
  linkStatus.textContent = '';
  linkError.textContent = message;
  linkCode.setAttribute('aria-invalid', 'true');
  linkCode.focus();
}

/** The route answers problem+json: its `detail` says what to do (check the code, wait…). */
async function refusalOf(res) {
  const problem = await res.json().catch(() => null);
  return problem?.detail ?? `Le rattachement a échoué (${res.status}) : réessayez.`;
}

async function linkCandidacy(trackingCode) {
  const res = await fetch('/demo-api/student/link', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ trackingCode }),
  });
  if (!res.ok) return showLinkError(await refusalOf(res));
  linkCode.value = '';
  linkCode.removeAttribute('aria-invalid');
  linkError.textContent = '';
  // A new session function: the tracker drops the session it holds and reads with a new one.
  tracker.fetchSessionToken = sessionFrom('student');
  await tracker.updateComplete;
  await tracker.refresh();
  linkStatus.textContent = 'Candidature rattachée : son suivi s’affiche ci-dessus.';
  trackerArea.focus();
}

linkForm?.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (linking) return;
  const trackingCode = linkCode.value.trim();
  if (!trackingCode) return showLinkError('Saisissez votre code de suivi.');
  linking = true;
  linkError.textContent = '';
  linkStatus.textContent = 'Rattachement en cours…';
  try {
    await linkCandidacy(trackingCode);
  } catch {
    showLinkError('Le serveur de l’université ne répond pas : réessayez dans un instant.');
  } finally {
    linking = false;
  }
});
