import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVae, tempDataDir } from '../test-support/server-process.js';

function environment() {
  const dataDir = tempDataDir();
  return { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` };
}

async function run(args: string[], env: Record<string, string>) {
  const proc = runVae(args, env);
  const { code } = await proc.exited;
  return { code, output: proc.output() };
}

describe('vae partner create, account create, account key, key revoke (the real program, built)', () => {
  it('creates a partner and prints its keys once as JSON', async () => {
    const env = environment();
    const { code, output } = await run(
      [
        'partner',
        'create',
        '--name',
        'Carif Test',
        '--origin',
        'https://www.carif.example',
        '--json',
      ],
      env,
    );
    expect(code, output).toBe(0);
    const partner = JSON.parse(output);
    expect(partner).toMatchObject({ name: 'Carif Test', origins: ['https://www.carif.example'] });
    expect(partner.publishableKey).toMatch(/^pk_live_[\w-]{32}$/);
    expect(partner.secretKey).toMatch(/^sk_live_[\w-]{32}$/);

    const bad = await run(
      ['partner', 'create', '--name', 'X', '--origin', 'carif.example/page'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('Origins must look like');
  });

  it('rotates a partner’s secret key: a second key, then the first one revoked', async () => {
    const env = environment();
    const created = await run(['partner', 'create', '--name', 'Carif Test', '--json'], env);
    const partner = JSON.parse(created.output);
    const issued = await run(['partner', 'secret-key', partner.id, '--json'], env);
    expect(issued.code, issued.output).toBe(0);
    const rotated = JSON.parse(issued.output);
    expect(rotated.secretKey).toMatch(/^sk_live_[\w-]{32}$/);
    expect(rotated.secretKey).not.toBe(partner.secretKey);
    const revoked = await run(['key', 'revoke', partner.secretKey, '--json'], env);
    expect(JSON.parse(revoked.output)).toEqual({ revoked: true, id: partner.secretKeyId });
    // The new key is another key: still live.
    const again = await run(['key', 'revoke', rotated.keyId, '--json'], env);
    expect(JSON.parse(again.output)).toEqual({ revoked: true, id: rotated.keyId });

    const unknown = await run(
      ['partner', 'secret-key', '0190aaaa-0000-7000-8000-000000000000'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('No active partner');
  });

  it('rotates an account’s API key: a second key, then the first one revoked', async () => {
    const env = environment();
    const created = await run(
      ['account', 'create', '--role', 'admin', '--name', 'Admin Test', '--json'],
      env,
    );
    const account = JSON.parse(created.output);
    const issued = await run(['account', 'key', account.id, '--json'], env);
    expect(issued.code, issued.output).toBe(0);
    const rotated = JSON.parse(issued.output);
    expect(rotated.apiKey).toMatch(/^vae_ak_[\w-]{32}$/);
    expect(rotated.apiKey).not.toBe(account.apiKey);
    expect(rotated.keyId).not.toBe(account.keyId);
    const revoked = await run(['key', 'revoke', account.apiKey, '--json'], env);
    expect(JSON.parse(revoked.output)).toEqual({ revoked: true, id: account.keyId });
    // The new key is another live key, found by its value.
    const again = await run(['key', 'revoke', rotated.apiKey, '--json'], env);
    expect(JSON.parse(again.output)).toEqual({ revoked: true, id: rotated.keyId });

    const text = await run(['account', 'key', account.id], env);
    expect(text.code, text.output).toBe(0);
    expect(text.output).toMatch(/API key\s+vae_ak_[\w-]{32}/);
    expect(text.output).toContain('shown only now');

    const unknown = await run(['account', 'key', '0190aaaa-0000-7000-8000-000000000000'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('No active account');
  });

  it('creates a certificateur with its authority, then revokes its key once', async () => {
    const env = environment();
    const created = await run(
      [
        'account',
        'create',
        '--role',
        'certificateur',
        '--name',
        'DREETS IDF',
        '--departments',
        '75,92',
        '--certifications',
        'RNCP35830',
        '--json',
      ],
      env,
    );
    expect(created.code, created.output).toBe(0);
    const account = JSON.parse(created.output);
    expect(account).toMatchObject({ role: 'certificateur', certificateurId: expect.any(String) });
    expect(account.apiKey).toMatch(/^vae_ak_/);

    const revoked = await run(['key', 'revoke', account.apiKey, '--json'], env);
    expect(JSON.parse(revoked.output)).toEqual({ revoked: true, id: account.keyId });
    const again = await run(['key', 'revoke', account.keyId], env);
    expect(again.code).toBe(1);
    expect(again.output).toContain('no live key');
  });

  it('refuses an unknown role or a missing scope with a clear line', async () => {
    const env = environment();
    const role = await run(['account', 'create', '--role', 'root', '--name', 'x'], env);
    expect(role.code).not.toBe(0);
    expect(role.output).toContain('Allowed choices are aap, aap-antenna');
    const scope = await run(['account', 'create', '--role', 'aap-antenna', '--name', 'x'], env);
    expect(scope.code).toBe(1);
    expect(scope.output).toContain('needs --site');
  });
});
