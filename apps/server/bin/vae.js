#!/usr/bin/env node
// The `vae` command: runs the compiled CLI (build first: `npm run build` at the repository root).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('vae: the server is not built yet. Run `npm run build` at the repository root.');
    process.exit(1);
  }
  throw error;
});
