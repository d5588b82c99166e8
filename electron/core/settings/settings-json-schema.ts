/**
 * The settings schema as JSON Schema (draft 2020-12), for electron-store. Generated from the zod schema,
 * so the two cannot drift. JSON Schema cannot express the cross-range checks (overlaps, duplicates):
 * those are enforced by the zod schema before anything is written.
 */
import { z } from 'zod';
import { settingsSchema } from './settings-schema.ts';

/** A JSON Schema object, as electron-store takes it. */
type JsonSchema = Record<string, unknown>;

/** electron-store's `schema` (the properties) and `rootSchema` (everything else but `$schema` and `type`). */
export function settingsStoreSchemas(): { schema: Record<string, JsonSchema>; rootSchema: JsonSchema } {
  const full = z.toJSONSchema(settingsSchema) as JsonSchema;
  // electron-store writes `type` itself and takes the properties separately; Ajv knows the dialect.
  const rootSchema = Object.fromEntries(Object.entries(full).filter(([k]) => !['properties', '$schema', 'type'].includes(k)));
  return { schema: full['properties'] as Record<string, JsonSchema>, rootSchema };
}
