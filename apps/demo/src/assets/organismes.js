// What a partner page does with the choice: here, says it, and keeps the id for the next step.
const choice = document.getElementById('choice');
document.addEventListener('vae-aap-select', (event) => {
  const { organism } = event.detail;
  if (choice)
    choice.textContent = `Vous avez choisi ${organism.publicName} (identifiant ${organism.id}).`;
});
