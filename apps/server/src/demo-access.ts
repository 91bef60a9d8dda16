import type { SeedDemoReport } from '@vae/bff';

/**
 * The demo credentials as a block to print once, on the start that created them (only their
 * hashes are stored, so they cannot be shown again: `vae key revoke` and `vae account create`
 * replace them).
 */
export function describeDemoAccess(access: NonNullable<SeedDemoReport['access']>): string {
  const width = Math.max(...access.accounts.map((account) => account.name.length));
  return [
    '',
    '  Demo credentials (shown only now):',
    `  partner ${access.partner.origins.join(', ')}`,
    `    publishable key  ${access.partner.publishableKey}`,
    `    secret key       ${access.partner.secretKey}`,
    ...access.accounts.map(
      (account) => `  ${account.name.padEnd(width)}  ${account.role.padEnd(19)}  ${account.apiKey}`,
    ),
    '',
  ].join('\n');
}
