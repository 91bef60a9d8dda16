import { tokenize } from '@vae/core';
import { isStopword, type WordSpan, wordSpans } from './french-words.js';

/**
 * Short forms that are not the initials of the title (syllables rather than letters), with the
 * words of the title they stand for. Initials (AEPE, ADVF, DEAS, BPJEPS, CIMA…) are derived.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  melec: 'métiers de l’électricité et de ses environnements connectés',
  ide: 'diplôme d’État d’infirmier',
  eje: 'éducateur de jeunes enfants',
};

const SHORT_FORM_WORDS = Object.entries(SHORT_FORMS).map(
  ([acronym, phrase]) => [acronym, tokenize(phrase).filter((w) => !isStopword(w))] as const,
);

/** Punctuation that opens a sub-part of a title; a spaced dash does too, a hyphen does not. */
const PART_BREAK = /[,:;()/–—]|\s-\s/u;

/** Words that open a sub-part (« …du sport spécialité éducateur sportif »). */
const BREAK_WORDS = new Set(['option', 'options', 'specialite', 'mention', 'parcours']);

/** Words that open a diploma's name without being part of the trade (« Diplôme d'État de… »). */
const TYPE_OPENINGS: readonly (readonly string[])[] = [
  ['diplome', 'etat'],
  ['certificat', 'aptitude'],
  ['brevet', 'professionnel'],
];

const MIN_LENGTH = 2;
const MAX_LENGTH = 8;

/**
 * The acronyms a title is known by, lowercase: the initials of its meaningful words (AEPE),
 * the same keeping « de » (ADVF: Assistant De Vie aux Familles), taken for the whole title and
 * for each leading part of it (BPJEPS stops before « spécialité »), with and without an opening
 * « Diplôme d'État » (AES), plus the short forms listed above when the title contains their words.
 * `spans` are the title's words when the caller already has them.
 */
export function acronymsOf(title: string, spans: readonly WordSpan[] = wordSpans(title)): string[] {
  const found = new Set<string>();
  const words: string[] = [];
  const addLeadingPart = () => {
    addInitials(words, found);
    const opening = TYPE_OPENINGS.find((type) => startsWithWords(words, type));
    if (opening) addInitials(withoutOpening(words, opening), found);
  };
  let previousEnd = 0;
  for (const span of spans) {
    const opensPart =
      words.length > 0 &&
      (BREAK_WORDS.has(span.term) || PART_BREAK.test(title.slice(previousEnd, span.start)));
    if (opensPart) addLeadingPart();
    words.push(span.term);
    previousEnd = span.end;
  }
  addLeadingPart();
  const meaningful = words.filter((w) => !isStopword(w));
  for (const [acronym, phrase] of SHORT_FORM_WORDS) {
    if (containsSequence(meaningful, phrase)) found.add(acronym);
  }
  return [...found];
}

function addInitials(words: readonly string[], into: Set<string>): void {
  const meaningful = words.filter((w) => !isStopword(w));
  if (meaningful.length < 2) return;
  add(initials(meaningful), into);
  const withDe = words.filter((w) => !isStopword(w) || w === 'de' || w === 'd');
  if (withDe.length !== meaningful.length) add(initials(withDe), into);
}

function add(acronym: string, into: Set<string>): void {
  if (acronym.length >= MIN_LENGTH && acronym.length <= MAX_LENGTH) into.add(acronym);
}

/** A word opening with a digit counts whole (« prototypage 3D » → MP3D). */
function initials(words: readonly string[]): string {
  return words.map((w) => (/^\d/.test(w) ? w : w[0])).join('');
}

function startsWithWords(words: readonly string[], opening: readonly string[]): boolean {
  const meaningful = words.filter((w) => !isStopword(w));
  return opening.every((w, i) => meaningful[i] === w) && meaningful.length > opening.length;
}

function withoutOpening(words: readonly string[], opening: readonly string[]): string[] {
  let skipped = 0;
  let index = 0;
  while (index < words.length && skipped < opening.length) {
    if (!isStopword(words[index] as string)) skipped++;
    index++;
  }
  return words.slice(index);
}

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= words.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (words[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
