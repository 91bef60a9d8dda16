export * from './normalize-text.js';
