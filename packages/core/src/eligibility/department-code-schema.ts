import * as v from 'valibot';

// Its own module, apart from the answers' schema: a form that checks the department alone
// (the questionnaire element) then does not bundle the whole schema of the answers.

/**
 * A French department code: `01`–`95` (no `20`), Corsica `2A`/`2B`, the overseas departments
 * `971`–`976` and the overseas collectivities that have an INSEE code (`975`, `977`, `978`,
 * `986`–`988`). Lower case is accepted and upper-cased (`2a` → `2A`).
 */
export const DepartmentCodeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(
    /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/,
    'Expected a French department code such as 75, 2A or 971',
  ),
);
