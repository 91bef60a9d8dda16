export * from './codes.js';
export * from './identifier-result.js';
export * from './identifier-schema.js';
export * from './nda.js';
export * from './nir.js';
export * from './postal-code.js';
export * from './siret.js';
export * from './uai.js';
