import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { HEALTH_CERTIFICATIONS } from './health.js';
import { DIGITAL_CERTIFICATIONS, INDUSTRY_CERTIFICATIONS } from './industry.js';
import { LOGISTICS_CERTIFICATIONS, MANAGEMENT_CERTIFICATIONS } from './services.js';
import { SOCIAL_CERTIFICATIONS } from './social.js';
import { SPORT_CERTIFICATIONS } from './sport.js';
import { FOOD_CERTIFICATIONS, TRADE_CERTIFICATIONS } from './trade.js';

/**
 * The demo catalogue the project ships: real certifications (RNCP codes, titles, types, levels,
 * certificateurs) across levels 3 to 7 and across social work, health, industry, trade and
 * sport, with a few inactive registrations and one diploma closed to VAE. Written for the
 * project, checked against the public registers; loaded when the catalogue is empty.
 */
export const DEMO_CATALOGUE: readonly CertificationRecord[] = [
  ...SOCIAL_CERTIFICATIONS,
  ...HEALTH_CERTIFICATIONS,
  ...INDUSTRY_CERTIFICATIONS,
  ...DIGITAL_CERTIFICATIONS,
  ...FOOD_CERTIFICATIONS,
  ...TRADE_CERTIFICATIONS,
  ...MANAGEMENT_CERTIFICATIONS,
  ...LOGISTICS_CERTIFICATIONS,
  ...SPORT_CERTIFICATIONS,
];
