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
