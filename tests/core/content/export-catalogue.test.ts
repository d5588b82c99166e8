/** The export for review and translation: everything, with English text beside each key. */
import { describe, expect, it } from 'vitest';
import { exportCatalogue, type Json } from '../../../electron/core/content/export-catalogue.ts';
import { en } from '../../../electron/core/i18n/en/index.ts';

const exported = exportCatalogue();

function resolvedKeys(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(resolvedKeys);
  if (value === null || typeof value !== 'object') return [];
  if (typeof value.key === 'string' && typeof value.text === 'string') return [value.key];
  return Object.values(value).flatMap(resolvedKeys);
}

describe('the content export', () => {
  it('holds every section', () => {
    expect(Object.keys(exported)).toEqual([
      'format',
      'version',
      'language',
      'breath',
      'tea',
      'phrases',
      'grounding',
      'careActions',
      'needsCheckin',
      'friendCheck',
      'practices',
      'fallback',
    ]);
  });

  it('puts the English text beside each key', () => {
    const tea = exported.tea as { title: Json }[];
    expect(tea[0]?.title).toEqual({ key: 'content.tea.kettle.title', text: 'Kettle break' });
  });

  it('leaves no key unresolved and covers every content message, so translators get them all', () => {
    const json = JSON.stringify(exported);
    expect(json).not.toMatch(/"content\.[^"]*"(?!,"text")/);
    const keys = new Set(resolvedKeys(exported));
    expect(Object.keys(en).filter((key) => key.startsWith('content.') && !keys.has(key))).toEqual([]);
  });
});
