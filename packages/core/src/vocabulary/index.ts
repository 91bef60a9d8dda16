export * from './candidacy.js';
export * from './certification.js';
export * from './define-vocabulary.js';
export * from './eligibility.js';
export * from './feasibility.js';
export * from './organisms.js';
export * from './validation.js';
