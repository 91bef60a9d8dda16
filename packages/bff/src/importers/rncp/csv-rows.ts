import { Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CsvFile } from './csv-export.js';
import { ImportError } from './import-error.js';

export interface CsvRow {
  /** 1-based line where the record ends. */
  line: number;
  header: readonly string[];
  /** The value of a column ('' when empty). */
  get(column: string): string;
}

/**
 * Streams the records of one file of the CSV export (`;`, every value quoted, CRLF, UTF-8 with
 * or without BOM), header first. A missing column or a malformed line throws an `ImportError`
 * naming the file and the line.
 */
export async function* readCsvRows(
  file: CsvFile,
  required: readonly string[],
  onBytes: (delta: number) => void,
): AsyncGenerator<CsvRow> {
  const input = await file.open();
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
  const parser = parse({ delimiter: ';', bom: true, info: true, skip_empty_lines: true });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(counter).pipe(parser);

  let index: Map<string, number> | undefined;
  let header: string[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!index) {
        header = record.map((name) => name.trim());
        index = new Map(header.map((name, i) => [name, i]));
        const missing = required.filter((column) => !index?.has(column));
        if (missing.length > 0) {
          throw new ImportError(`missing column(s) ${missing.join(', ')} in the header`, {
            file: file.name,
            line: info.lines,
          });
        }
        continue;
      }
      const values = record;
      const columns = index;
      yield {
        line: info.lines,
        header,
        get: (column) => values[columns.get(column) ?? -1] ?? '',
      };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : undefined;
      throw new ImportError(
        `malformed CSV: ${error.message}`,
        { file: file.name, line },
        {
          cause: error,
        },
      );
    }
    throw new ImportError(
      `unreadable: ${(error as Error).message}`,
      { file: file.name },
      {
        cause: error,
      },
    );
  } finally {
    input.destroy();
  }
  if (!index) throw new ImportError('empty file (no header)', { file: file.name });
}
