import { z } from 'astro/zod';
import pkg from '../../package.json' with { type: 'json' };

/**
 * The edition of this reading edition: its version and release date, kept in one place — package.json's
 * `version` and `editionDate` — so the footer, the data files and every citation name the same edition.
 * To release an edition, raise both there.
 */
export interface Edition {
  /** Semantic version of the edition (package.json `version`). */
  version: string;
  /** Release date of the edition, ISO 8601 (package.json `editionDate`). */
  date: string;
}

const editionSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: 'package.json "version" must be a semantic version (1.2.3)' }),
  editionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'package.json "editionDate" must be the edition\'s release date, YYYY-MM-DD' }),
});

/** Reads the edition from package.json's fields, failing with the field to fix. */
export function readEdition(raw: unknown): Edition {
  const result = editionSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`package.json: ${result.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`).join('; ')}`);
  }
  return { version: result.data.version, date: result.data.editionDate };
}

/** The edition being built. */
export const edition: Edition = readEdition(pkg);
