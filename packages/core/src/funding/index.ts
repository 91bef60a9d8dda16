export * from './contrat-pro-vae.js';
