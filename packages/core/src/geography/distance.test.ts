import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.js';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const LYON = { lat: 45.764, lon: 4.8357 };
const SAINT_DENIS_REUNION = { lat: -20.8823, lon: 55.4504 };

describe('distanceKm', () => {
  it('measures known distances within 1 %', () => {
    expect(distanceKm(PARIS, LYON)).toBeCloseTo(392, -1);
    expect(distanceKm(PARIS, SAINT_DENIS_REUNION) / 9370).toBeCloseTo(1, 1);
  });

  it('is zero from a point to itself, symmetric, and never more than half the Earth round', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, a)).toBeCloseTo(0, 6);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
      }),
    );
  });
});
