import { expect } from '@open-wc/testing';
import { highlightSegments } from './highlight.js';

const marked = (label: string, ranges: [number, number][]) =>
  highlightSegments(label, ranges)
    .map((segment) => (segment.marked ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightSegments', () => {
  it('marks the ranges the API sends', () => {
    expect(
      marked('Technicien en chaudronnerie', [
        [0, 10],
        [14, 20],
      ]),
    ).to.equal('[Technicien] en [chaudr]onnerie');
  });

  it('spells the whole title once, whatever the ranges', () => {
    // Unsorted, overlapping, past the end (the title changed between two requests), empty.
    expect(
      marked('Boulanger', [
        [5, 99],
        [0, 3],
        [2, 6],
        [4, 4],
      ]),
    ).to.equal('[Boulanger]');
    expect(marked('Boucher', [[-2, 3]])).to.equal('[Bou]cher');
    expect(marked('CAP', [])).to.equal('CAP');
  });
});
