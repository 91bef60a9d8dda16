import type { ApiProblem } from '../shared/api-problem.js';
import type { Lang } from '../shared/lang.js';
import { text } from './messages.js';

/** What to tell the person when an API call failed, in their language (never a raw server text). */
export function problemMessage(lang: Lang, problem: ApiProblem): string {
  if (problem.isNetworkError) return text(lang, 'errorNetwork');
  return text(lang, 'errorGeneric');
}
