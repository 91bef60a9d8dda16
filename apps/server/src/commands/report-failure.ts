import { loggableError } from '@vae/bff';

/**
 * What `vae` prints of a failure: its message through the filter the API's logs use, so a
 * failed query shows its SQL and the driver's reason, never its values (key hashes, e-mails).
 */
export function describeFailure(error: unknown): string {
  return error instanceof Error ? loggableError(error).message : String(error);
}

/** The end of every command that fails: one filtered line on stderr, exit code 1. */
export function failAndExit(error: unknown): never {
  console.error(`vae: ${describeFailure(error)}`);
  process.exit(1);
}
