/**
 * INSEE department codes: 01–95 on the mainland (Corsica is 2A and 2B, never 20), 971–976
 * for the overseas departments and regions, 975 and 977–988 for the overseas collectivities
 * that have communes (984 TAAF and 989 Clipperton have no inhabitants to serve). Same list as
 * the eligibility answers' `DepartmentCodeSchema`.
 */
const DEPARTMENT_CODE = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/;

export function isDepartmentCode(code: string): boolean {
  return DEPARTMENT_CODE.test(code);
}

/** Mainland France: every department whose code has two characters. */
export function isMainlandDepartment(code: string): boolean {
  return code.length === 2 && isDepartmentCode(code);
}
