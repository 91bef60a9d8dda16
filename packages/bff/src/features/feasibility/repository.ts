import { sql } from 'drizzle-orm';
import { certificateurAuthorities } from '../../db/schema.js';
import type { Tx } from '../candidacies/repository.js';

/** Certificateurs covering both a department and a certification (who may receive the dossier). */
export async function certificateursCovering(
  db: Tx,
  department: string,
  certificationCode: string,
) {
  return db
    .select({
      id: certificateurAuthorities.id,
      name: certificateurAuthorities.name,
      structure: certificateurAuthorities.structure,
      contactEmail: certificateurAuthorities.contactEmail,
    })
    .from(certificateurAuthorities)
    .where(
      sql`exists (select 1 from json_each(${certificateurAuthorities.departments}) where value = ${department})
        and exists (select 1 from json_each(${certificateurAuthorities.certificationCodes}) where value = ${certificationCode})`,
    )
    .orderBy(certificateurAuthorities.name);
}
