// Builds the reference from the published manifest (custom-elements.json): every public
// attribute, property, event, part and CSS custom property of every element, then a live
// example and the markup to copy. Internal Lit state (listed without a description) is left out.
const PARTNER = 'pk_live_demo-localhost-8787-not-a-secret';

/** The live example of each tag: its attributes, and the demo session it needs, if any. */
const EXAMPLES = {
  'vae-status-badge': { attributes: { status: 'PRISE_EN_CHARGE' } },
  'vae-diploma-search': { attributes: { partner: PARTNER } },
  'vae-eligibility-questionnaire': { attributes: { partner: PARTNER, certification: 'RNCP35830' } },
  'vae-aap-picker': { attributes: { partner: PARTNER, certification: 'RNCP12296' } },
  'vae-journey': { attributes: { partner: PARTNER } },
  'vae-dossier-status': { attributes: { partner: PARTNER }, session: 'student' },
  'vae-aap-inbox': { attributes: { partner: PARTNER }, session: 'aap' },
  'vae-certificateur-inbox': { attributes: { partner: PARTNER }, session: 'certificateur' },
};
const SHARED_TOKEN = /^--vae-(color|font|line-height|radius|space|border-width|focus|transition)/;

const root = document.getElementById('reference');
const toc = document.getElementById('toc');
const status = document.getElementById('reference-status');

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function code(text) {
  return el('code', text);
}

/** Text whose `backticked` spans become code, as the manifest's descriptions are written. */
function prose(tag, text, className) {
  const node = el(tag, undefined, className);
  text.split('`').forEach((piece, index) => {
    node.append(index % 2 === 1 ? code(piece) : piece);
  });
  return node;
}

/** A table of rows (arrays of strings; the first cell is the row header), or null when empty. */
function table(tag, caption, headers, rows) {
  if (rows.length === 0) return null;
  const wrap = el('div', undefined, 'api-table-wrap');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${caption} de ${tag}`);
  const t = el('table', undefined, 'api-table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const header of headers) {
    const th = el('th', header);
    th.scope = 'col';
    head.append(th);
  }
  t.append(el('thead'));
  t.tHead?.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((value, index) => {
      const cell = el(index === 0 ? 'th' : 'td');
      if (index === 0) cell.scope = 'row';
      else cell.dataset.label = headers[index];
      if (index === 0 || (value && index < headers.length - 1)) cell.append(code(value || '—'));
      else cell.append(prose('span', value || '—'));
      tr.append(cell);
    });
    body.append(tr);
  }
  t.append(body);
  wrap.append(t);
  return wrap;
}

function sessionFrom(subject) {
  return async () => {
    const res = await fetch(`/demo-api/sessions/${subject}`, { method: 'POST' });
    if (!res.ok) throw new Error(`Session refusée (${res.status})`);
    return res.json();
  };
}

function snippetOf(tag, example) {
  const attributes = Object.entries(example.attributes ?? {})
    .map(([name, value]) => ` ${name}="${value === PARTNER ? 'pk_live_…' : value}"`)
    .join('');
  const lines = [
    `<script type="module" src="https://vae.example.org/widgets/${tag}.js"></script>`,
    `<${tag}${attributes}></${tag}>`,
  ];
  if (example.session) {
    lines.push(
      '<script type="module">',
      `  // Your server mints an embed session (POST /api/v1/embed-sessions, secret key).`,
      `  document.querySelector('${tag}').fetchSessionToken = () =>`,
      `    fetch('/your-server/vae-session', { method: 'POST' }).then((r) => r.json());`,
      '</script>',
    );
  }
  return lines.join('\n');
}

function renderElement(declaration) {
  const tag = declaration.tagName;
  const section = el('section', undefined, 'element-ref');
  section.id = tag;
  section.setAttribute('aria-labelledby', `${tag}-title`);
  const title = el('h2');
  title.id = `${tag}-title`;
  title.append(code(`<${tag}>`));
  section.append(title);
  if (declaration.description) section.append(prose('p', declaration.description, 'description'));

  // Lit state declared in `static properties` shows up as camelCase "attributes": internal.
  const internal = (a) => /[A-Z]/.test(a.name);
  const attributes = (declaration.attributes ?? []).filter((a) => a.description && !internal(a));
  const attributeFields = new Set(
    (declaration.attributes ?? []).map((a) => a.fieldName).filter(Boolean),
  );
  const properties = (declaration.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.description &&
      (m.privacy ?? 'public') === 'public' &&
      !attributeFields.has(m.name),
  );
  const events = declaration.events ?? [];
  const parts = declaration.cssParts ?? [];
  const cssProperties = declaration.cssProperties ?? [];
  const ownTokens = cssProperties.filter((p) => !SHARED_TOKEN.test(p.name));
  const sharedCount = cssProperties.length - ownTokens.length;

  const blocks = [
    table(
      tag,
      'Attributs',
      ['Attribut', 'Type', 'Défaut', 'Description'],
      attributes.map((a) => [a.name, a.type?.text ?? '', a.default ?? '', a.description]),
    ),
    table(
      tag,
      'Propriétés (JavaScript seulement)',
      ['Propriété', 'Type', 'Description'],
      properties.map((p) => [p.name, p.type?.text ?? '', p.description]),
    ),
    table(
      tag,
      'Événements',
      ['Événement', 'Type', 'Description'],
      events.map((e) => [e.name, e.type?.text ?? '', e.description ?? '']),
    ),
    table(
      tag,
      'Parties (::part)',
      ['Partie', 'Description'],
      parts.map((p) => [p.name, p.description ?? '']),
    ),
    table(
      tag,
      'Jetons CSS propres au composant',
      ['Propriété', 'Défaut', 'Description'],
      ownTokens.map((p) => [p.name, p.default ?? '', p.description ?? '']),
    ),
  ];
  for (const block of blocks) if (block) section.append(block);
  if (sharedCount > 0) {
    const shared = el('p', undefined, 'shared-tokens');
    shared.append(`Et les ${sharedCount} jetons communs (`);
    shared.append(
      code('--vae-color-*'),
      ', ',
      code('--vae-font-*'),
      ', ',
      code('--vae-space-*'),
      '…), ',
    );
    const link = el('a', 'listés sur la page des thèmes');
    link.href = './themes.html#tokens-title';
    shared.append(link, '.');
    section.append(shared);
  }

  const example = EXAMPLES[tag] ?? { attributes: {} };
  section.append(el('h3', 'Exemple en direct'));
  const box = el('div', undefined, 'example');
  const live = document.createElement(tag);
  for (const [name, value] of Object.entries(example.attributes ?? {}))
    live.setAttribute(name, value);
  if (example.session) live.fetchSessionToken = sessionFrom(example.session);
  box.append(live);
  const log = el('p', '', 'event-log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-label', `Événements de ${tag}`);
  for (const event of events) {
    live.addEventListener(event.name, (e) => {
      log.textContent = `${event.name} ${JSON.stringify(e.detail ?? null).slice(0, 160)}`;
    });
  }
  box.append(log);
  section.append(box);
  section.append(el('h3', 'Comment l’intégrer'));
  const pre = el('pre', undefined, 'snippet');
  pre.tabIndex = 0;
  pre.append(code(snippetOf(tag, example)));
  section.append(pre);
  return section;
}

async function render() {
  const res = await fetch('/widgets/custom-elements.json');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const manifest = await res.json();
  const declarations = manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const declaration of declarations) {
    const item = el('li');
    const link = el('a');
    link.href = `#${declaration.tagName}`;
    link.append(code(`<${declaration.tagName}>`));
    item.append(link);
    toc?.append(item);
    root?.append(renderElement(declaration));
  }
  if (status) status.textContent = `${declarations.length} composants.`;
}

render().catch((error) => {
  if (status) status.textContent = `Le manifeste n'a pas pu être lu (${error.message}).`;
});
