import { describe, expect, it } from 'vitest';
import { cleanSiret, isOui, isoDate, levelOf, parcoursOfTitle } from './fiche-values.js';

describe('reading the values of a fiche', () => {
  it('turns JJ/MM/AAAA dates into ISO dates, and refuses impossible ones', () => {
    expect(isoDate('31/08/2024')).toBe('2024-08-31');
    expect(isoDate(' 1/9/2021 ')).toBe('2021-09-01');
    expect(isoDate('2027-01-05')).toBe('2027-01-05');
    expect(isoDate('29/02/2024')).toBe('2024-02-29');
    expect(isoDate('29/02/2023')).toBeNull();
    expect(isoDate('31/13/2024')).toBeNull();
    expect(isoDate('')).toBeNull();
    expect(isoDate(undefined)).toBeNull();
  });

  it('reads levels NIV3…NIV8, and REPRISE as no level', () => {
    expect(levelOf('NIV3')).toBe(3);
    expect(levelOf('NIV8')).toBe(8);
    expect(levelOf('niv 5')).toBe(5);
    expect(levelOf('REPRISE')).toBeNull();
    expect(levelOf('NIV2')).toBeNull();
    expect(levelOf(undefined)).toBeNull();
  });

  it('reads Oui/Non and strips the TAB before CSV SIRETs', () => {
    expect(isOui(' Oui ')).toBe(true);
    expect(isOui('Non')).toBe(false);
    expect(cleanSiret('\t11004301500012')).toBe('11004301500012');
    expect(cleanSiret(undefined)).toBe('');
  });

  it('finds the parcours a title names, and none otherwise', () => {
    expect(
      parcoursOfTitle('Diplôme Arts et Techniques du Théâtre (ATT), parcours conception lumière'),
    ).toEqual([{ code: null, label: 'conception lumière' }]);
    expect(parcoursOfTitle('Master Droit (parcours : droit social)')).toEqual([
      { code: null, label: 'droit social' },
    ]);
    expect(parcoursOfTitle('Licence professionnelle - parcours Gestion de la paie')).toEqual([
      { code: null, label: 'Gestion de la paie' },
    ]);
    expect(parcoursOfTitle('Parcours de soins coordonnés')).toEqual([]);
    expect(parcoursOfTitle('Développeur web')).toEqual([]);
  });
});
