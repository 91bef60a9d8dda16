import type { SearchableCertification } from '../features/certifications/certification-record.js';
import { contentWords } from './french-words.js';

/** Distinct certificateurs and, per certification, which of them certify it (for the filter). */
export class CertificateurTable {
  private readonly sirets: string[] = [];
  private readonly names: string[][] = [];
  private readonly offset: Int32Array;
  private readonly ids: Int32Array;

  constructor(records: readonly SearchableCertification[]) {
    const index = new Map<string, number>();
    const ids: number[] = [];
    this.offset = new Int32Array(records.length + 1);
    records.forEach((record, doc) => {
      for (const { siret, name } of record.certificateurs) {
        const key = `${siret}|${name}`;
        let id = index.get(key);
        if (id === undefined) {
          id = this.sirets.push(siret) - 1;
          this.names.push(contentWords(name));
          index.set(key, id);
        }
        ids.push(id);
      }
      this.offset[doc + 1] = ids.length;
    });
    this.ids = Int32Array.from(ids);
  }

  /**
   * The certificateurs a filter designates, as a membership table: a SIRET (spaces ignored),
   * or words that each start a word of the name (« education nationale », « uimm »).
   */
  matching(filter: string): Uint8Array {
    const matches = new Uint8Array(this.sirets.length);
    const siret = filter.replace(/\s+/g, '');
    const isSiret = /^\d{14}$/.test(siret);
    const words = contentWords(filter);
    this.sirets.forEach((s, id) => {
      const name = this.names[id] as string[];
      if (
        isSiret
          ? s === siret
          : words.length > 0 && words.every((w) => name.some((n) => n.startsWith(w)))
      ) {
        matches[id] = 1;
      }
    });
    return matches;
  }

  /** Whether one of the certification's certificateurs is in `matches`. */
  certifies(doc: number, matches: Uint8Array): boolean {
    for (let i = this.offset[doc] as number; i < (this.offset[doc + 1] as number); i++) {
      if (matches[this.ids[i] as number]) return true;
    }
    return false;
  }
}
