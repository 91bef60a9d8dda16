export * from './paris-date.js';
