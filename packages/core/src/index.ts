export * from './candidacy/index.js';
export * from './catalogue/filiere.js';
export * from './eligibility/index.js';
export * from './funding/index.js';
export * from './identifiers/index.js';
export * from './text/index.js';
export * from './vocabulary/index.js';
