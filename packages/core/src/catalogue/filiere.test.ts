import { describe, expect, it } from 'vitest';
import { Filiere, filiereOfNsf, filiereOfNsfCodes } from './filiere.js';

describe('Filiere', () => {
  it('labels every value in French and English', () => {
    for (const value of Filiere.values) {
      expect(Filiere.label(value, 'fr')).not.toBe('');
      expect(Filiere.label(value, 'en')).not.toBe('');
    }
    expect(Filiere.label('SANTE')).toBe('Santé');
  });

  it('maps an NSF speciality, with or without its letter', () => {
    expect(filiereOfNsf('331')).toBe('SANTE');
    expect(filiereOfNsf('326t')).toBe('NUMERIQUE');
    expect(filiereOfNsf('233')).toBe('BTP');
    expect(filiereOfNsf('315p')).toBe('GESTION_ADMINISTRATION');
    expect(filiereOfNsf('410')).toBeNull();
    expect(filiereOfNsf('')).toBeNull();
  });

  it('prefers a trade domain over a discipline', () => {
    expect(filiereOfNsfCodes(['114b', '326'])).toBe('NUMERIQUE');
    expect(filiereOfNsfCodes(['136'])).toBe('SCIENCES_LETTRES');
    expect(filiereOfNsfCodes(['313', '310'])).toBe('GESTION_ADMINISTRATION');
    expect(filiereOfNsfCodes(['300', '410'])).toBeNull();
    expect(filiereOfNsfCodes([])).toBeNull();
  });
});
