import { describe, expect, it } from 'vitest';
import { RemoteZone } from '../vocabulary/organisms.js';
import { isDepartmentCode, isMainlandDepartment } from './department-code.js';
import { departmentsOfRemoteZone, remoteZoneOfDepartment } from './remote-zone.js';

describe('remoteZoneOfDepartment', () => {
  it.each([
    ['01', 'FRANCE_METROPOLITAINE'],
    ['75', 'FRANCE_METROPOLITAINE'],
    ['2A', 'FRANCE_METROPOLITAINE'],
    ['2B', 'FRANCE_METROPOLITAINE'],
    ['95', 'FRANCE_METROPOLITAINE'],
    ['971', 'GUADELOUPE'],
    ['972', 'MARTINIQUE'],
    ['973', 'GUYANE'],
    ['974', 'LA_REUNION'],
    ['975', 'SAINT_PIERRE_ET_MIQUELON'],
    ['976', 'MAYOTTE'],
    ['977', 'SAINT_BARTHELEMY'],
    ['978', 'SAINT_MARTIN'],
    ['986', 'WALLIS_ET_FUTUNA'],
    ['987', 'POLYNESIE_FRANCAISE'],
    ['988', 'NOUVELLE_CALEDONIE'],
  ])('department %s is in zone %s', (department, zone) => {
    expect(remoteZoneOfDepartment(department)).toBe(zone);
  });

  it.each(['20', '00', '96', '97', '970', '979', '984', '989', '2C', '', '750'])(
    '%j names no inhabited department',
    (code) => {
      expect(remoteZoneOfDepartment(code)).toBeNull();
    },
  );

  it('gives every zone of the vocabulary at least one department, and each department one zone', () => {
    const seen = new Map<string, string>();
    for (const zone of RemoteZone.values) {
      const departments = departmentsOfRemoteZone(zone);
      expect(departments.length, zone).toBeGreaterThan(0);
      for (const department of departments) {
        expect(seen.has(department), department).toBe(false);
        seen.set(department, zone);
        expect(remoteZoneOfDepartment(department)).toBe(zone);
      }
    }
    expect(departmentsOfRemoteZone('FRANCE_METROPOLITAINE')).toHaveLength(96);
  });
});

describe('isDepartmentCode', () => {
  it('knows the mainland, Corsica and the inhabited overseas codes', () => {
    for (const code of ['01', '19', '21', '2A', '2B', '95', '971', '976', '988']) {
      expect(isDepartmentCode(code), code).toBe(true);
    }
    for (const code of ['20', '00', '96', '99', '2a', '970', '984', '989']) {
      expect(isDepartmentCode(code), code).toBe(false);
    }
    expect(isMainlandDepartment('2A')).toBe(true);
    expect(isMainlandDepartment('974')).toBe(false);
  });
});
