export * from './answers.js';
export * from './context.js';
export * from './evaluate-eligibility.js';
export * from './funding-routes.js';
export * from './iso-date.js';
export * from './reason-codes.js';
export * from './result.js';
