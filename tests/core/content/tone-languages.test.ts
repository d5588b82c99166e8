/**
 * Tone in every language (issue #20, CONTENT.md §3): each translation is read against a word list
 * written for that language (tone-words/<code>.json: obligation, failure, "missed", streaks, blame,
 * urgency, exclamation marks…), matched as that language needs (letters, not \b, around words with
 * accents; whole expressions in Japanese and Arabic). Each list is shown to catch guilt in its language.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesOfLocaleFile } from '../../../electron/core/i18n/locale-file.ts';
import { localeCodes } from '../../../electron/core/i18n/locales.ts';

const root = resolve(import.meta.dirname, '../../..');
const translated = localeCodes.filter((code) => code !== 'en');

interface ToneWord {
  pattern: string;
  why: string;
}

function wordsOf(code: string): { words: RegExp; why: string }[] {
  const list = JSON.parse(readFileSync(join(import.meta.dirname, 'tone-words', `${code}.json`), 'utf8')) as ToneWord[];
  return list.map(({ pattern, why }) => ({ words: new RegExp(pattern, 'iu'), why }));
}

/** Sentences a kind app never says, in each language: its list must catch every one. */
const guilt: Readonly<Record<string, string[]>> = {
  de: ['Du solltest eine Pause machen.', 'Du hast drei Pausen verpasst.', 'Deine Serie ist vorbei.', 'Du musst jetzt aufhören.'],
  fr: ['Vous devriez faire une pause.', 'Vous avez manqué trois pauses.', 'Votre série est terminée.', 'Il faut vous arrêter.'],
  es: ['Deberías tomar un descanso.', 'Tienes que descansar.', 'Perdiste tu racha.', 'Fallaste otra vez.'],
  'pt-BR': ['Você deveria fazer uma pausa.', 'Você tem que descansar.', 'Sua sequência acabou.', 'Você falhou.'],
  ja: ['休憩するべきです。', '休憩を逃しました。', '連続記録が途切れました。', '今すぐ休んでください。'],
  ar: ['يجب عليك أن تأخذ استراحة.', 'فاتتك ثلاث استراحات.', 'انقطعت سلسلتك.', 'لقد فشلت.'],
};

describe.each(translated)('the tone of every %s message', (code) => {
  const words = wordsOf(code);
  const file: unknown = JSON.parse(readFileSync(join(root, 'electron/core/i18n/locales', `${code}.json`), 'utf8'));

  it('has no guilt or command words anywhere in the catalogue', () => {
    const problems = Object.entries(messagesOfLocaleFile(file)).flatMap(([key, text]) =>
      words.filter(({ words: w }) => w.test(text)).map(({ words: w, why }) => `${key}: "${text}" → /${w.source}/ (${why})`),
    );
    expect(problems).toEqual([]);
  });

  it.each(guilt[code] ?? [])('catches "%s"', (text) => {
    expect(words.some(({ words: w }) => w.test(text))).toBe(true);
  });
});
