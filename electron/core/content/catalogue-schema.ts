/** Schemas for the parts of the catalogue that are not items: the fallback, and the catalogue as a whole. */
import { z } from 'zod';
import { phaseTypes } from './content-ids.ts';
import {
  breathItemSchema,
  careActionItemSchema,
  contentIdSchema,
  friendCheckItemSchema,
  groundingItemSchema,
  longerItemSchema,
  needsCheckinItemSchema,
  phraseItemSchema,
  scbItemSchema,
  stepTextKeySchema,
  teaItemSchema,
  warmupItemSchema,
} from './item-schema.ts';
import { keyWithin, messageKeySchema } from './message-key-schema.ts';

/** One outward choice after "This doesn't feel right"; `opens` is null for "Just close this". */
const fallbackChoiceSchema = z.object({
  id: z.enum(['feet', 'look', 'drink', 'breathe', 'close']),
  label: keyWithin(24),
  opens: contentIdSchema.nullable(),
});

/** The backdraft fallback (CONTENT.md §2e). */
const fallbackSchema = z.object({
  link: keyWithin(40),
  normalise: messageKeySchema,
  choicesHeading: keyWithin(40),
  choices: z.array(fallbackChoiceSchema).min(1),
  needsCheckin: contentIdSchema,
  gentleNote: stepTextKeySchema,
  therapistNote: messageKeySchema,
});

/** Everything the content area holds, as one value. */
export const catalogueSchema = z.object({
  breath: z.object({
    patterns: z.array(breathItemSchema),
    phaseLabels: z.record(z.enum(phaseTypes), keyWithin(24)),
    firstUse: stepTextKeySchema,
  }),
  tea: z.array(teaItemSchema),
  phrases: z.object({
    items: z.array(phraseItemSchema),
    customTitle: keyWithin(40),
    customErrors: z.record(z.enum(['empty', 'too-long', 'duplicate', 'unsafe']), stepTextKeySchema),
  }),
  grounding: z.array(groundingItemSchema),
  careActions: z.array(careActionItemSchema),
  needsCheckin: needsCheckinItemSchema,
  friendCheck: friendCheckItemSchema,
  /** Offered inside Kind words (a warm-up, the Self-Compassion Break) and only when asked (the longer). */
  practices: z.object({
    invited: z.array(z.union([warmupItemSchema, scbItemSchema])),
    longer: z.array(longerItemSchema),
  }),
  fallback: fallbackSchema,
});

export type FallbackChoice = z.infer<typeof fallbackChoiceSchema>;
export type Fallback = z.infer<typeof fallbackSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
