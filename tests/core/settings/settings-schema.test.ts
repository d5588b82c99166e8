import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EngineSettings } from '../../../electron/core/engine/engine-settings.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { settingsStoreSchemas } from '../../../electron/core/settings/settings-json-schema.ts';
import { settingsFieldNames, settingsSchema, type Settings } from '../../../electron/core/settings/settings-schema.ts';
import { validSettings } from '../../support/settings-arbitrary.ts';

describe('the settings schema', () => {
  it('accepts its own defaults, which match DESIGN.md', () => {
    const d = defaultSettings();
    expect(settingsSchema.parse(d)).toEqual(d);
    expect(d).toMatchObject({
      intervalMin: 45,
      snoozeMin: 5,
      awayResetMin: 5,
      offerTimeoutMin: 2,
      shortcut: 'CommandOrControl+Alt+G',
      startAtLogin: false,
      sounds: false,
      firstRunDone: false,
      defaultBreathPattern: 'breath.easy-7',
      workingHours: { enabled: false },
    });
  });

  it('hands out independent copies of the defaults', () => {
    const a = defaultSettings();
    a.workingHours.days[1].push({ start: 0, end: 10 });
    expect(defaultSettings().workingHours.days[1]).toHaveLength(1);
  });

  it('gives the break engine its settings under the same names', () => {
    expectTypeOf<Settings>().toExtend<EngineSettings>();
  });

  it('accepts every valid settings object and rejects unknown keys', () => {
    fc.assert(
      fc.property(validSettings, (s) => {
        expect(settingsSchema.safeParse(s).success).toBe(true);
      }),
    );
    expect(settingsSchema.safeParse({ ...defaultSettings(), extra: 1 }).success).toBe(false);
  });

  it('emits a JSON Schema for electron-store with every field required and no extras', () => {
    const { schema, rootSchema } = settingsStoreSchemas();
    expect(Object.keys(schema).sort()).toEqual([...settingsFieldNames].sort());
    expect(rootSchema['required']).toEqual(settingsFieldNames);
    expect(rootSchema['additionalProperties']).toBe(false);
    expect(rootSchema).not.toHaveProperty('$schema');
    expect(schema['intervalMin']).toEqual({ type: 'integer', minimum: 5, maximum: 240 });
  });
});
