import type { RemoteZone } from '../vocabulary/organisms.js';
import { isDepartmentCode, isMainlandDepartment } from './department-code.js';

/**
 * The overseas departments and collectivities, each its own zone for remote accompaniment:
 * a remote AAP of the mainland does not serve La Réunion, and one in Guadeloupe does not serve
 * Martinique (time zones, travel to the jury and local certificateurs differ).
 */
const OVERSEAS_ZONE_BY_DEPARTMENT: Readonly<Record<string, RemoteZone>> = {
  '971': 'GUADELOUPE',
  '972': 'MARTINIQUE',
  '973': 'GUYANE',
  '974': 'LA_REUNION',
  '975': 'SAINT_PIERRE_ET_MIQUELON',
  '976': 'MAYOTTE',
  '977': 'SAINT_BARTHELEMY',
  '978': 'SAINT_MARTIN',
  '986': 'WALLIS_ET_FUTUNA',
  '987': 'POLYNESIE_FRANCAISE',
  '988': 'NOUVELLE_CALEDONIE',
};

/**
 * The remote zone a candidate living in a department belongs to: `FRANCE_METROPOLITAINE` for
 * the 96 mainland departments (Corsica included), the territory's own zone overseas, null for
 * a code that names no inhabited department.
 */
export function remoteZoneOfDepartment(department: string): RemoteZone | null {
  if (!isDepartmentCode(department)) return null;
  if (isMainlandDepartment(department)) return 'FRANCE_METROPOLITAINE';
  return OVERSEAS_ZONE_BY_DEPARTMENT[department] ?? null;
}

/** The departments of one zone: every mainland one, or the single overseas one. */
export function departmentsOfRemoteZone(zone: RemoteZone): string[] {
  if (zone !== 'FRANCE_METROPOLITAINE') {
    return Object.entries(OVERSEAS_ZONE_BY_DEPARTMENT)
      .filter(([, z]) => z === zone)
      .map(([department]) => department);
  }
  const codes: string[] = [];
  for (let n = 1; n <= 95; n++) {
    if (n === 20) codes.push('2A', '2B');
    else codes.push(String(n).padStart(2, '0'));
  }
  return codes;
}
