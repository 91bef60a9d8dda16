import * as v from 'valibot';

/** RFC 9457 problem details as this API sends them (for the OpenAPI document). */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  detail: v.string(),
  instance: v.optional(v.string()),
  requestId: v.optional(v.string()),
  errors: v.optional(
    v.array(v.object({ path: v.string(), in: v.optional(v.string()), message: v.string() })),
  ),
});
