import { loadConfig, type ServerConfig } from '../config.js';

/** Reads the environment or exits with one line per bad variable. */
export function configOrExit(): ServerConfig {
  const result = loadConfig(process.env);
  if (!result.ok) {
    console.error(`vae: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(2);
  }
  return result.config;
}

/** Database URLs may carry credentials in their query string: never print them. */
export function redactUrl(url: string): string {
  return url.replace(/\?.*$/, '');
}
