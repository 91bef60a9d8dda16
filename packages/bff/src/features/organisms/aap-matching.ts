/**
 * Who may accompany whom (DOMAIN.md, "AAPs and the AAP picker"): an AAP site can serve a
 * certification when it manages the certification's level and shares its filière (filière
 * experts) or one of its domains or conventions collectives (branch experts), and it is proposed
 * only while it is visible, open and its organism active with a valid Qualiopi VAE certificate.
 */

/** What a site says it can accompany. */
export interface ServingProfile {
  /** Levels 3–8 managed, per filière. */
  readonly levelsByFiliere: ReadonlyMap<string, ReadonlySet<number>>;
  /** Every level managed, whatever the filière. */
  readonly levels: ReadonlySet<number>;
  readonly formacodes: ReadonlySet<string>;
  /** IDCC codes on 4 digits (`0843`). */
  readonly idcc: ReadonlySet<string>;
}

/** What the matching needs to know of a certification. */
export interface CertificationProfile {
  /** Null for RS fiches, which have no level: then any level managed will do. */
  readonly level: number | null;
  readonly filiere: string | null;
  readonly formacodes: readonly string[];
  readonly idcc: readonly string[];
}

export function canServeCertification(site: ServingProfile, certification: CertificationProfile) {
  const { level, filiere } = certification;
  if (filiere !== null) {
    const levels = site.levelsByFiliere.get(filiere);
    if (levels && (level === null || levels.has(level))) return true;
  }
  const managesLevel = level === null ? site.levels.size > 0 : site.levels.has(level);
  if (!managesLevel) return false;
  return (
    certification.idcc.some((code) => site.idcc.has(code)) ||
    certification.formacodes.some((code) => site.formacodes.has(code))
  );
}

export interface OrganismStanding {
  readonly active: boolean;
  /** The Qualiopi certificate carries the VAE mention. */
  readonly qualiopiVae: boolean;
  /** ISO date; null without a certificate. */
  readonly qualiopiExpiresOn: string | null;
}

/** Valid on its expiry day included; `today` is the Paris calendar date (YYYY-MM-DD). */
export function hasValidQualiopiVae(organism: OrganismStanding, today: string): boolean {
  return (
    organism.qualiopiVae &&
    organism.qualiopiExpiresOn !== null &&
    organism.qualiopiExpiresOn >= today
  );
}

export interface SiteStanding {
  readonly visible: boolean;
  /** Closed for absence or holidays. */
  readonly closed: boolean;
}

export function isProposable(site: SiteStanding, organism: OrganismStanding, today: string) {
  return site.visible && !site.closed && organism.active && hasValidQualiopiVae(organism, today);
}

/** IDCC codes are written with or without their leading zeros (`843`, `0843`): one form. */
export function normalizeIdcc(code: string): string {
  const digits = code.trim();
  return /^\d{1,4}$/.test(digits) ? digits.padStart(4, '0') : digits;
}
