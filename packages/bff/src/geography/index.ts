export type { PositionPrecision } from './commune-positions.js';
export {
  type Commune,
  type Department,
  type Geography,
  loadGeography,
  type PostalCodeLocation,
  type Region,
} from './geography.js';
