import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../seed/demo-catalogue/index.js';
import { CertificationIndex, type CertificationSearch } from './certification-index.js';

// What users will judge: one block per item of the "Search quality" list, each query
// with the certification it must bring FIRST, on the demo catalogue the project ships.

const index = CertificationIndex.build(DEMO_CATALOGUE, 'demo');

function search(q: string, options: Partial<CertificationSearch> = {}) {
  return index.search({
    q,
    onlyActive: true,
    onlyVaeAccessible: true,
    today: '2026-03-02',
    limit: 10,
    offset: 0,
    ...options,
  });
}

/** Code and title of the first result, so that a failure says what came instead. */
function first(q: string): string {
  const hit = search(q).hits[0];
  return hit ? `${hit.certification.code} ${hit.certification.label}` : '(nothing)';
}

function codes(q: string): string[] {
  return search(q).hits.map((hit) => hit.certification.code);
}

/** The marked parts of the first result's title. */
function marked(q: string): string[] {
  const hit = search(q).hits[0];
  if (!hit) return [];
  return hit.highlights.map(({ start, end }) => hit.certification.label.slice(start, end));
}

describe('case, accents and ligatures do not matter; apostrophes and hyphens split words', () => {
  it.each([
    ['ÉLECTRICIEN', 'RNCP38401 Électricien'],
    ['electricien', 'RNCP38401 Électricien'],
    // A ligature pasted from a PDF (ﬁ) and a typographic apostrophe.
    [
      'certiﬁcat d’aptitude ENCADREMENT',
      'RNCP36836 Certificat d’aptitude aux fonctions d’encadrement et de responsable d’unité d’intervention sociale',
    ],
    ["conducteur d'installations", 'RNCP36429 Conducteur d’installations de production'],
    ['Diplôme d’État', 'RNCP35830 Diplôme d’État d’aide-soignant'],
    ["diplome d'etat d'aide soignant", 'RNCP35830 Diplôme d’État d’aide-soignant'],
    ['moniteur éducateur', 'RNCP492 Diplôme d’État de moniteur-éducateur'],
    ['boulanger-patissier', 'RNCP37908 Boulanger-pâtissier'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  it('marks the words as written in the title', () => {
    expect(marked('ELECTRICIEN')).toEqual(['Électricien']);
    expect(marked('moniteur educateur')).toEqual(['moniteur', 'éducateur']);
  });
});

describe('the last word matches as a prefix while it is being typed', () => {
  it.each([
    ['chaudr', 'RNCP34858 Technicien en chaudronnerie'],
    ['boulang', 'RNCP37537 Boulanger'],
    ['accompagnant educ', 'RNCP28048 Accompagnant éducatif petite enfance'],
    ['diplome d etat d aide', 'RNCP35830 Diplôme d’État d’aide-soignant'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  it('marks only the typed part of a word', () => {
    expect(marked('chaudr')).toEqual(['chaudr']);
  });

  it('does not take a short word before the last one as a prefix', () => {
    // « pa » (not the last word) is not the start of « pâtissier »: Boulanger-pâtissier does
    // not hold every word, and the shorter Boulanger comes first.
    expect(first('pa boulanger')).toBe('RNCP37537 Boulanger');
    expect(first('boulanger pa')).toBe('RNCP37908 Boulanger-pâtissier');
  });
});

describe('French plural and feminine forms meet', () => {
  it.each([
    ['conseillère de vente', 'RNCP37098 Conseiller de vente'],
    ['employée commerciale', 'RNCP37099 Employé commercial'],
    ['aide soignante', 'RNCP35830 Diplôme d’État d’aide-soignant'],
    ['éducatrice spécialisée', 'RNCP37676 Diplôme d’État d’éducateur spécialisé'],
    ['opératrice logistique', 'RNCP37672 Opérateur/opératrice logistique'],
    ['boulangères', 'RNCP37537 Boulanger'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });
});

describe('typos: one edit in words of 5 letters or more, two from 9', () => {
  it.each([
    ['boulenger', 'RNCP37537 Boulanger'],
    ['chaudronerie', 'RNCP34858 Technicien en chaudronnerie'],
    // Two edits in a word of 12 letters.
    ['chodronnerie', 'RNCP34858 Technicien en chaudronnerie'],
    ['electrotecnique', 'RNCP35346 Électrotechnique'],
    // A swap of two neighbouring letters is one edit.
    ['metlalier', 'RNCP35700 Métallier'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  it('tolerates no more than that', () => {
    // Two edits in a word of 6 letters (boucher).
    expect(codes('bochir')).toEqual([]);
    expect(first('boucher')).toBe('RNCP37535 Boucher');
    // Words of 4 letters allow no typo: « flix » is not « flux ».
    expect(codes('flux')).toEqual(['RNCP29988']);
    expect(codes('flix')).toEqual([]);
  });

  it('marks the whole misspelt word', () => {
    expect(marked('boulenger')).toEqual(['Boulanger']);
  });
});

describe('acronyms and short forms of titles', () => {
  it.each([
    ['AEPE', 'RNCP28048 Accompagnant éducatif petite enfance'],
    ['ADVF', 'RNCP35506 Assistant de vie aux familles'],
    ['MELEC', 'RNCP25353 Métiers de l’électricité et de ses environnements connectés'],
    ['BTS SN', 'RNCP37391 Systèmes numériques'],
    ['DEAES', 'RNCP36004 Diplôme d’État d’accompagnant éducatif et social'],
    ['cap aepe', 'RNCP28048 Accompagnant éducatif petite enfance'],
    ['CIMA', 'RNCP37398 Conducteur d’installations et de machines automatisées'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  it('marks the initials an acronym stands for', () => {
    expect(marked('AEPE')).toEqual(['A', 'é', 'p', 'e']);
    expect(marked('ADVF')).toEqual(['A', 'd', 'v', 'f']);
    expect(marked('BTS SN')).toEqual(['S', 'n']);
  });
});

describe('RNCP codes with or without their prefix', () => {
  it.each([
    ['RNCP35830', 'RNCP35830 Diplôme d’État d’aide-soignant'],
    ['35830', 'RNCP35830 Diplôme d’État d’aide-soignant'],
    ['rncp 35830', 'RNCP35830 Diplôme d’État d’aide-soignant'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
    expect(search(q).total).toBe(1);
  });

  it('finds a code being typed by its first digits', () => {
    expect(codes('3583')).toEqual(['RNCP35830', 'RNCP35832']);
  });
});

describe('a diploma type named in the query ranks that type first', () => {
  it.each([
    ['bts', 'BTS'],
    ['cap', 'CAP'],
    ['bac pro', 'BAC PRO'],
    ['licence pro', 'LP'],
    ['master', 'MASTER'],
    ['titre pro', 'TP'],
  ])('%s lists its type first', (q, type) => {
    const { hits, total } = search(q, { limit: 50 });
    expect(total).toBeGreaterThan(3);
    expect(hits[0]?.certification.typeCode).toBe(type);
    expect(hits.filter((hit) => hit.certification.typeCode === type).length).toBe(hits.length);
  });

  it('ranks the type among what the words find, without listing the type instead of them', () => {
    // No BTS in bakery: the Boulanger diplomas, not every BTS.
    expect(first('bts boulanger')).toBe('RNCP37537 Boulanger');
    expect(search('bts boulanger').hits.map((hit) => hit.certification.typeCode)).not.toContain(
      'BTS',
    );
    // A word nobody has does not empty the list: the type's certifications remain.
    expect(search('bts xyzzy').hits[0]?.certification.typeCode).toBe('BTS');
    // Two types and no word: both types are listed.
    const types = search('cap bp', { limit: 50 }).hits.map((hit) => hit.certification.typeCode);
    expect(types).toEqual(expect.arrayContaining(['CAP', 'BP']));
  });

  it('does not read a type name as the initials of a title', () => {
    const lp = search('lp', { limit: 50 }).hits.find(
      (hit) => hit.certification.code === 'RNCP29988', // Logistique et pilotage des flux
    );
    expect(lp?.highlights).toEqual([]);
  });

  it.each([
    ['cap boulanger', 'RNCP37537 Boulanger'],
    ['bp boulanger', 'RNCP37491 Boulanger'],
    ['bac pro boulanger', 'RNCP37908 Boulanger-pâtissier'],
    ['licence pro commerce', 'RNCP29740 Commerce et distribution'],
    ['master commerce distribution', 'RNCP35371 Commerce et distribution'],
    [
      'cap chaudronnerie',
      'RNCP27470 Réalisations industrielles en chaudronnerie ou soudage option soudage',
    ],
    ['titre professionnel chaudronnerie', 'RNCP34858 Technicien en chaudronnerie'],
  ])('%s', (q, expected) => {
    expect(first(q)).toBe(expected);
  });
});

describe('relevance: all words > exact word > prefix > typo; title start and shorter titles first', () => {
  it('puts a title holding every word before shorter ones holding some', () => {
    expect(first('technicien chaudronnerie industrielle')).toBe(
      'RNCP38337 Technicien en chaudronnerie industrielle',
    );
  });

  it('puts an exact word before a longer word it starts', () => {
    // « Conseiller de vente » is shorter and starts with « conseil », but only as a prefix.
    expect(codes('conseil').slice(0, 2)).toEqual(['RNCP37105', 'RNCP37098']);
  });

  it('puts an exact word before a typo', () => {
    // « Électricien » is shorter, but two edits away from « électricité ».
    expect(first('electricite')).toBe(
      'RNCP25353 Métiers de l’électricité et de ses environnements connectés',
    );
  });

  it('puts a match at the start of the title before a shorter title matching later', () => {
    expect(first('aeronautique')).toBe(
      'RNCP37928 Aéronautique options avionique, structure, systèmes',
    );
    expect(codes('assistant').indexOf('RNCP35506')).toBeLessThan(
      codes('assistant').indexOf('RNCP37121'),
    );
  });

  it('puts shorter titles first, then breaks ties the same way every time', () => {
    // Same title at two levels: the lower level first.
    expect(codes('electricien').slice(0, 2)).toEqual(['RNCP38401', 'RNCP27774']);
    expect(codes('technicien').slice(0, 2)).toEqual(['RNCP34858', 'RNCP35191']);
    const reversed = CertificationIndex.build([...DEMO_CATALOGUE].reverse(), 'reversed');
    for (const q of ['cap', 'technicien', 'titre pro', 'industriel', '']) {
      const other = reversed.search({
        q,
        onlyActive: true,
        onlyVaeAccessible: true,
        today: '2026-03-02',
        limit: 50,
        offset: 0,
      });
      expect(other.hits.map((hit) => hit.certification.code)).toEqual(
        search(q, { limit: 50 }).hits.map((hit) => hit.certification.code),
      );
    }
  });
});
