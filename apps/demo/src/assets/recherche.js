// What a partner page does with the choice: here, says it; the form sends the RNCP code as `rncp`.
const choice = document.getElementById('choice');
document.addEventListener('vae-diploma-select', (event) => {
  const { rncpCode, label, level } = event.detail;
  const levelText = level ? `, niveau ${level}` : '';
  if (choice) choice.textContent = `Vous avez choisi ${label} (${rncpCode}${levelText}).`;
});
