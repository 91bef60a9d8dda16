import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CertificationCodeSchema,
  checkCertificationCode,
  checkCompetenceBlocCode,
  checkRncpCode,
  checkRsCode,
  normalizeRncpCode,
  normalizeRsCode,
  RncpCodeSchema,
} from './codes.js';

describe('normalizeRncpCode', () => {
  it.each([
    ['RNCP35830', 'RNCP35830'],
    ['35830', 'RNCP35830'],
    ['rncp 35830', 'RNCP35830'],
    [' Rncp35830 ', 'RNCP35830'],
    ['RNCP492', 'RNCP492'],
  ])('reads %j as %s', (input, code) => {
    expect(normalizeRncpCode(input)).toBe(code);
  });

  it.each(['', 'RNCP', 'RNCP12', 'RNCP123456', 'RS5483', 'RNCP35830BC01', 'RNCP-35830'])(
    'gives null for %j',
    (input) => {
      expect(normalizeRncpCode(input)).toBeNull();
    },
  );
});

describe('checkRncpCode', () => {
  it('accepts and normalises an RNCP code', () => {
    expect(checkRncpCode('rncp 35830')).toEqual({ valid: true, value: 'RNCP35830' });
  });

  it.each([
    ['', 'EMPTY'],
    ['RNCP12', 'BAD_LENGTH'],
    ['123456', 'BAD_LENGTH'],
    ['RNCP-35830', 'BAD_CHARACTERS'],
    ['RS5483', 'BAD_FORMAT'],
    ['RNCP35830BC01', 'BAD_FORMAT'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkRncpCode(input)).toEqual({ valid: false, reason });
  });
});

describe('normalizeRsCode and checkRsCode', () => {
  it('read an RS code as France compétences writes it', () => {
    expect(normalizeRsCode('rs 5483')).toBe('RS5483');
    expect(normalizeRsCode('5483')).toBe('RS5483');
    expect(normalizeRsCode('RS')).toBeNull();
    expect(checkRsCode('RS5483')).toEqual({ valid: true, value: 'RS5483' });
  });

  it.each([
    ['', 'EMPTY'],
    ['RS', 'BAD_FORMAT'],
    ['RNCP35830', 'BAD_FORMAT'],
    ['RS 54.83', 'BAD_CHARACTERS'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkRsCode(input)).toEqual({ valid: false, reason });
  });
});

describe('checkCompetenceBlocCode', () => {
  it('accepts and normalises a bloc code', () => {
    expect(checkCompetenceBlocCode('rncp35830 bc01')).toEqual({
      valid: true,
      value: 'RNCP35830BC01',
    });
  });

  it.each([
    ['', 'EMPTY'],
    ['RNCP35830BC1', 'BAD_LENGTH'],
    ['RNCP35830BC001', 'BAD_LENGTH'],
    ['RNCP35830-BC01', 'BAD_CHARACTERS'],
    ['RNCP35830', 'BAD_FORMAT'],
    ['35830BC01', 'BAD_FORMAT'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkCompetenceBlocCode(input)).toEqual({ valid: false, reason });
  });
});

describe('checkCertificationCode', () => {
  it('accepts an RNCP or an RS code', () => {
    expect(checkCertificationCode('rncp 35830')).toEqual({ valid: true, value: 'RNCP35830' });
    expect(checkCertificationCode('rs5483')).toEqual({ valid: true, value: 'RS5483' });
  });

  it.each([
    ['', 'EMPTY'],
    ['35830', 'BAD_FORMAT'],
    ['RNCP1', 'BAD_LENGTH'],
    ['RS', 'BAD_FORMAT'],
    ['RNCP35830BC01', 'BAD_FORMAT'],
    ['CQP 1234', 'BAD_FORMAT'],
    ['§35830', 'BAD_CHARACTERS'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkCertificationCode(input)).toEqual({ valid: false, reason });
  });
});

describe('code schemas', () => {
  it('output the normalised code, or fail with a French message', () => {
    expect(v.parse(RncpCodeSchema, '35830')).toBe('RNCP35830');
    expect(v.parse(CertificationCodeSchema, 'rs 5483')).toBe('RS5483');
    expect(v.safeParse(CertificationCodeSchema, '35830').issues?.[0]?.message).toBe(
      "Code de certification invalide. La saisie n'a pas la forme attendue.",
    );
  });
});
