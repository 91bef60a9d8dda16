import { expect } from 'vitest';
import type { TestResponse } from './lifecycle-fixtures.js';

/** What a refusal may say: the problem members, nothing about the candidacy or the caller. */
const PROBLEM_MEMBERS = ['code', 'detail', 'instance', 'requestId', 'status', 'title', 'type'];

/**
 * Asserts a bare problem+json refusal: this exact status, only problem members, and none of
 * `secrets` (personal data, identifiers of the candidacy under test) anywhere but in `instance`,
 * which echoes the path the caller sent. `alsoMembers`: extensions a kind of refusal carries
 * by design (the state machine's bilingual `message`). Returns the body for further checks.
 */
export async function expectBareRefusal(
  res: TestResponse,
  status: number,
  secrets: readonly string[],
  label: string,
  alsoMembers: readonly string[] = [],
) {
  expect(res.status, label).toBe(status);
  expect(res.headers.get('Content-Type'), label).toContain('application/problem+json');
  const body = await res.json();
  expect(body.status, label).toBe(status);
  expect(
    Object.keys(body).filter(
      (member) => !PROBLEM_MEMBERS.includes(member) && !alsoMembers.includes(member),
    ),
    label,
  ).toEqual([]);
  const { instance: _instance, ...said } = body;
  const text = JSON.stringify(said);
  for (const secret of secrets) expect(text, label).not.toContain(secret);
  return body;
}
