/**
 * Schemas for message keys held in content data. Lengths are measured on the English text, since that
 * is what a window of fixed size was designed around; translations get the same room to breathe.
 */
import { z } from 'zod';
import { isMessageKey, t, type MessageKey, type ParamsOf, type PlainMessageKey } from '../i18n/t.ts';

const placeholder = /\{\w+\}/;

/** A key in the catalogue whose message takes no params. */
export const messageKeySchema = z.custom<PlainMessageKey>(
  (v) => typeof v === 'string' && isMessageKey(v) && !placeholder.test(t(v as PlainMessageKey)),
  'Not a message key (without params) in the catalogue.',
);

/** A message key whose English text is at most `max` characters. */
export function keyWithin(max: number): typeof messageKeySchema {
  return messageKeySchema.superRefine((key, ctx) => {
    if (!isMessageKey(key)) return;
    const text = t(key);
    if (text.length > max)
      ctx.addIssue({ code: 'custom', message: `"${text}" is ${text.length} characters (at most ${max}).` });
  });
}

/** Keys whose message takes exactly one param, `{word}`. */
type WordTemplateKey = {
  [K in MessageKey]: ParamsOf<K> extends Record<'word', string | number>
    ? keyof ParamsOf<K> extends 'word'
      ? K
      : never
    : never;
}[MessageKey];

/** A message key with a `{word}` placeholder (the phrase whose word the user can change). */
export const wordTemplateKeySchema = z.custom<WordTemplateKey>(
  (v) => typeof v === 'string' && isMessageKey(v) && /^[^{}]*\{word\}[^{}]*$/.test(t(v as PlainMessageKey)),
  'Not a message key with a {word} placeholder.',
);
