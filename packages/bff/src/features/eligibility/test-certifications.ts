import type { CertificationRecord } from '../certifications/certification-record.js';

/** A catalogue record for the eligibility tests; only what the rules read varies. */
export function testCertification(
  code: string,
  rules: Partial<
    Pick<CertificationRecord, 'active' | 'vaeAccessible' | 'level' | 'registrationEnd'>
  > = {},
): CertificationRecord {
  return {
    code,
    registry: 'RNCP',
    label: `Certification ${code}`,
    typeCode: 'TP',
    typeLabel: 'Titre professionnel',
    level: 4,
    active: true,
    vaeAccessible: true,
    registrationEnd: null,
    filiere: null,
    formacodes: [],
    nsfCodes: [],
    idcc: [],
    blocs: [],
    parcours: [],
    replaces: [],
    replacedBy: [],
    certificateurs: [],
    ...rules,
  };
}
