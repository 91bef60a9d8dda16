import * as v from 'valibot';

const Uuid = v.pipe(v.string(), v.uuid('Identifiant attendu (UUID)'));

/**
 * What a session is for: one candidacy (the candidate's tracker), or one professional account
 * (the AAP and certificateur inboxes), which the partner proves it holds with the account's key.
 */
export const EmbedSessionScopeSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('candidacy'), id: Uuid }),
  v.strictObject({
    kind: v.literal('account'),
    id: Uuid,
    accountKey: v.pipe(v.string(), v.regex(/^vae_ak_[\w-]{32}$/, 'Clé de compte attendue')),
  }),
]);

export const CreateEmbedSessionSchema = v.strictObject({ scope: EmbedSessionScopeSchema });
export type CreateEmbedSession = v.InferOutput<typeof CreateEmbedSessionSchema>;

export const LinkCandidacySchema = v.strictObject({
  candidacyId: Uuid,
  trackingCode: v.pipe(v.string(), v.regex(/^vae_tc_[\w-]{32}$/, 'Code de suivi attendu')),
});
export type LinkCandidacy = v.InferOutput<typeof LinkCandidacySchema>;
