export { type App, type AppType, createApp } from './app.js';
export {
  type AppConfig,
  type AppDependencies,
  type Clock,
  defaultAppConfig,
  type Logger,
  silentLogger,
  systemClock,
} from './app-context.js';
export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  isSupportedDatabaseUrl,
} from './db/client.js';
export { migrateDatabase } from './db/migrate.js';
export {
  type AccountInput,
  type CreatedAccount,
  createAccount,
  createCertificateurAuthority,
  issueAccountApiKey,
} from './features/accounts/service.js';
export type {
  CertificationDetail,
  CertificationSearchResponse,
  CertificationSummary,
} from './features/certifications/schemas.js';
export {
  type CreatedPartner,
  createPartner,
  issuePartnerSecretKey,
  revokeKey,
} from './features/partners/service.js';
export { loggableError } from './http/errors.js';
export { ACCOUNT_ROLES, type AccountRole } from './http/principal.js';
export {
  type ProblemDetails,
  ProblemError,
  type ProblemKind,
  problemResponse,
} from './http/problem.js';
export { apiSecurityHeaders, STRICT_TRANSPORT_SECURITY } from './http/security-headers.js';
export * from './importers/rncp/index.js';
export { type DemoSessionSubject, mintDemoSession } from './seed/demo-sessions.js';
export * from './seed/demo-student-link.js';
export { DEMO_ORIGIN, DEMO_PUBLISHABLE_KEY } from './seed/seed-access.js';
export { DEMO_STUDENT_EMAIL } from './seed/seed-candidacies.js';
export type { SeedResult } from './seed/seed-catalogue.js';
export { type SeedDemoOptions, type SeedDemoReport, seedDemoData } from './seed/seed-demo.js';
export {
  type ScaleOrganismsOptions,
  seedDemoOrganisms,
  seedScaleOrganisms,
} from './seed/seed-organisms.js';
export { type ScaleCatalogueOptions, seedScaleCatalogue } from './seed/seed-scale.js';
