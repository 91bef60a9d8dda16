export type { RncpExportFormat } from './detect-format.js';
export { ImportError, type ImportErrorLocation } from './import-error.js';
export {
  type ImportOptions,
  type ImportReport,
  importRncp,
  type SkippedFiche,
} from './import-rncp.js';
