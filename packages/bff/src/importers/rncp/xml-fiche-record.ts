import type { CodeLabel } from '../../features/certifications/certification-record.js';
import {
  cleanCode,
  cleanSiret,
  cleanText,
  cleanToken,
  type FicheFields,
  type FicheOutcome,
  isOui,
  isoDate,
  levelOf,
  recordOfFiche,
} from './fiche-values.js';
import type { XmlNode } from './xml-fiches.js';

/**
 * Maps one `FICHE` of the XML export (flux V4.1, and older ones) to a record. Any element may
 * be absent, and a list of one is not wrapped differently: every list is read as "the
 * children named X of the element named Y", whatever their number.
 */
export function recordOfXmlFiche(fiche: XmlNode): FicheOutcome {
  const outcome = recordOfFiche(fieldsOf(fiche));
  if (!('skipped' in outcome) || fiche.line === undefined) return outcome;
  return {
    skipped: { ...outcome.skipped, reason: `${outcome.skipped.reason} (line ${fiche.line})` },
  };
}

function fieldsOf(fiche: XmlNode): FicheFields {
  const certificateurs = childrenOf(fiche, 'CERTIFICATEURS', 'CERTIFICATEUR')
    // An inactive certificateur no longer delivers the certification.
    .filter((c) => cleanText(textOf(c, 'ETAT_CERTIFICATEUR'))?.toLowerCase() !== 'inactif')
    .map((c) => ({
      siret: cleanSiret(textOf(c, 'SIRET_CERTIFICATEUR')),
      name: cleanText(textOf(c, 'NOM_CERTIFICATEUR')) ?? '',
    }));
  return {
    code: cleanCode(textOf(fiche, 'NUMERO_FICHE')),
    label: cleanText(textOf(fiche, 'INTITULE')),
    typeCode: cleanText(textOf(fiche, 'ABREGE', 'CODE')),
    typeLabel: cleanText(textOf(fiche, 'ABREGE', 'LIBELLE')),
    level: levelOf(textOf(fiche, 'NOMENCLATURE_EUROPE', 'NIVEAU')),
    active: isOui(textOf(fiche, 'ACTIF')),
    vaeAccessible: vaeAccessible(fiche),
    registrationEnd: isoDate(textOf(fiche, 'DATE_FIN_ENREGISTREMENT')),
    formacodes: codeLabels(fiche, 'FORMACODES', 'FORMACODE'),
    nsfCodes: codeLabels(fiche, 'CODES_NSF', 'NSF'),
    idcc: idccOf(fiche),
    blocs: codeLabels(fiche, 'BLOCS_COMPETENCES', 'BLOC_COMPETENCES'),
    replaces: linkedCodes(fiche, 'ANCIENNES_CERTIFICATIONS', 'ANCIENNE_CERTIFICATION'),
    replacedBy: linkedCodes(fiche, 'NOUVELLES_CERTIFICATIONS', 'NOUVELLE_CERTIFICATION'),
    certificateurs,
  };
}

/** V3+ exports: a container `SI_JURY_VAE/ACTIF`; older ones: `SI_JURY_VAE` is plain `Oui`. */
function vaeAccessible(fiche: XmlNode): boolean {
  const jury = childOf(fiche, 'SI_JURY_VAE');
  if (!jury) return false;
  const actif = childOf(jury, 'ACTIF');
  return isOui(actif ? actif.text : jury.text);
}

/** `CCN_1/NUMERO`, `CCN_2/NUMERO`… and `CODES_IDCC/IDCC/CODE`, as the flux versions give them. */
function idccOf(fiche: XmlNode): string[] {
  const numbered = fiche.children
    .filter((c) => /^CCN_\d+$/.test(c.name))
    .map((c) => cleanToken(textOf(c, 'NUMERO')));
  const listed = childrenOf(fiche, 'CODES_IDCC', 'IDCC').map((c) => cleanToken(textOf(c, 'CODE')));
  return [...numbered, ...listed].filter((c): c is string => c !== null);
}

function codeLabels(fiche: XmlNode, list: string, item: string): CodeLabel[] {
  return childrenOf(fiche, list, item).flatMap((node) => {
    const code = cleanToken(textOf(node, 'CODE'));
    const label = cleanText(textOf(node, 'LIBELLE') ?? textOf(node, 'INTITULE')) ?? '';
    return code === null ? [] : [{ code, label }];
  });
}

/** `ANCIENNE_CERTIFICATION/ID_FICHE_ANCIENNE_CERTIFICATION` (or the item's own text). */
function linkedCodes(fiche: XmlNode, list: string, item: string): string[] {
  return childrenOf(fiche, list, item).flatMap((node) => {
    const code = cleanCode(node.children[0]?.text ?? node.text);
    return code === null ? [] : [code];
  });
}

function childOf(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

function childrenOf(node: XmlNode, list: string, item: string): XmlNode[] {
  return childOf(node, list)?.children.filter((c) => c.name === item) ?? [];
}

function textOf(node: XmlNode, ...path: string[]): string | undefined {
  let current: XmlNode | undefined = node;
  for (const name of path) current = current && childOf(current, name);
  return current?.text;
}
