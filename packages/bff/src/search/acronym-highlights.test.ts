import { describe, expect, it } from 'vitest';
import { acronymInitials } from './acronym-highlights.js';

const marks = (label: string, acronym: string) =>
  acronymInitials(label, acronym).map(({ start, end }) => label.slice(start, end));

describe('acronymInitials', () => {
  it('marks the initials of consecutive words, from any word of the title', () => {
    expect(marks('Diplôme d’État d’accompagnant éducatif et social', 'aes')).toEqual([
      'a',
      'é',
      's',
    ]);
  });

  it('keeps the accent of a decomposed initial with it', () => {
    const decomposed = 'E\u0301ducateur spécialisé';
    expect(acronymInitials(decomposed, 'es')).toEqual([
      { start: 0, end: 2 },
      { start: 11, end: 12 },
    ]);
  });

  it('marks nothing when the letters are not the initials of words in a row', () => {
    expect(marks('Boulanger', 'cap')).toEqual([]);
    // « petite » sits between « éducatif » and « enfance ».
    expect(marks('Accompagnant éducatif petite enfance', 'aee')).toEqual([]);
    expect(marks('Accompagnant éducatif petite enfance', 'a')).toEqual([]);
    expect(marks('Modélisation et prototypage 3D', 'mp3d')).toEqual([]);
  });
});
