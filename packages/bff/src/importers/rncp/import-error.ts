import type { ImportReport } from './import-rncp.js';

/** Where in the input a problem was found; every part is optional but the file. */
export interface ImportErrorLocation {
  /** The file (or zip entry) being read. */
  file: string;
  /** 1-based line. */
  line?: number | undefined;
  /** 1-based column. */
  column?: number | undefined;
  /** The open XML elements, outermost first (`FICHES/FICHE/INTITULE`). */
  element?: string | undefined;
  /** The certification being read, when its code was already known. */
  code?: string | undefined;
}

/**
 * An import that cannot go on: unreadable or malformed input. The message is one line that
 * names the file and where in it; batches committed before the error stay committed.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly location: ImportErrorLocation;
  /** What the import had done when it stopped: committed batches stay committed. */
  report?: ImportReport;

  constructor(problem: string, location: ImportErrorLocation, options?: { cause?: unknown }) {
    super(`${describe(location)}: ${problem}`, options);
    this.location = location;
  }
}

function describe({ file, line, column, element, code }: ImportErrorLocation): string {
  const where = [
    line === undefined
      ? undefined
      : `line ${line}${column === undefined ? '' : `, column ${column}`}`,
    element === undefined ? undefined : `in ${element}`,
    code === undefined ? undefined : `fiche ${code}`,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? file : `${file} (${where.join(', ')})`;
}
