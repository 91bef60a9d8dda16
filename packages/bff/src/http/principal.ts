/** Roles of professional accounts (the CLI's `--role` values). */
export const ACCOUNT_ROLES = [
  'aap',
  'aap-antenna',
  'certificateur',
  'certificateur-local',
  'admin',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** What an account may see, loaded with its key on every request. */
export interface AccountScope {
  readonly id: string;
  readonly role: AccountRole;
  readonly name: string;
  readonly organismId: string | null;
  readonly aapSiteId: string | null;
  readonly certificateurId: string | null;
  /** `certificateur-local` only: the departments and certifications it is restricted to. */
  readonly departments: readonly string[] | null;
  readonly certificationCodes: readonly string[] | null;
}

/** Who is calling, as established by a bearer credential. */
export type Principal =
  | { readonly kind: 'candidate'; readonly candidacyId: string }
  | { readonly kind: 'account'; readonly keyId: string; readonly account: AccountScope }
  | { readonly kind: 'partner'; readonly keyId: string; readonly partnerId: string };

/** The partner a publishable key identified, with its allowed origins. */
export interface PartnerContext {
  readonly id: string;
  readonly name: string;
  readonly keyId: string;
  readonly origins: readonly string[];
}
