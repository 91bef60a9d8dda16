export * from './department-code.js';
export * from './distance.js';
export * from './remote-zone.js';
