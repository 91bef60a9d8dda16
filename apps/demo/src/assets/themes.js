// Lists the shared design tokens from the elements' manifest and reads, in each theme column,
// the value the browser computes (empty: the theme keeps the element's default).
const table = document.querySelector('#tokens tbody');
const status = document.getElementById('tokens-status');
const themes = ['.theme-ocean', '.theme-terracotta', '.theme-night'].map((selector) =>
  document.querySelector(selector),
);

function cell(value, header = false) {
  const td = document.createElement(header ? 'th' : 'td');
  if (header) td.scope = 'row';
  if (value && /^#[0-9a-f]{3,8}$/i.test(value)) {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    // CSSOM, allowed under style-src 'self' (inline style attributes are not).
    swatch.style.backgroundColor = value;
    td.append(swatch);
  }
  const code = document.createElement('code');
  code.textContent = value || '–';
  td.append(code);
  return td;
}

async function listTokens() {
  const res = await fetch('/widgets/custom-elements.json');
  if (!res.ok) throw new Error(`manifest: ${res.status}`);
  const manifest = await res.json();
  const tokens = new Map();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        if (!tokens.has(property.name)) tokens.set(property.name, property.default ?? '');
      }
    }
  }
  const shared = [...tokens].filter(([name]) =>
    /^--vae-(color|font|line|radius|space|border|focus|transition)/.test(name),
  );
  for (const [name, fallback] of shared) {
    const row = document.createElement('tr');
    row.append(cell(name, true), cell(fallback));
    for (const theme of themes) {
      row.append(cell(theme ? getComputedStyle(theme).getPropertyValue(name).trim() : ''));
    }
    table?.append(row);
  }
  if (status) status.textContent = `${shared.length} jetons.`;
}

listTokens().catch((error) => {
  if (status) status.textContent = `La liste des jetons n'a pas pu être lue (${error.message}).`;
});
