/**
 * Tend's language in main (issue #20): the system's preferred languages pick it at start, on every
 * platform profile, the command line's help included; the setting overrides them; and a change applies
 * at once: the tray menu is relabelled and every open window is told (app:language) without reopening.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { profiles } from '../../fake-electron/profiles.ts';

let tend: LaunchedTend | undefined;
afterEach(() => {
  tend?.cleanup();
  tend = undefined;
});

const germanDesktop = { before: (e: LaunchedTend['electron']) => (e.fakeState.preferredSystemLanguages = ['de-DE', 'de']) };

describe('the language at start', () => {
  it.each(profiles)('follows the system’s preferred languages on %s', async (profile) => {
    tend = await launchTend({ profile, ...germanDesktop });
    expect(tend.trayMenu().labels()).toContain('Einstellungen…');
    expect(tend.trayMenu().labels()).not.toContain('Settings…');
  });

  it('falls back to English for a system language Tend does not have', async () => {
    tend = await launchTend({ before: (e) => (e.fakeState.preferredSystemLanguages = ['fi-FI', 'sv-FI']) });
    expect(tend.trayMenu().labels()).toContain('Settings…');
  });

  it('the setting wins over the system', async () => {
    tend = await launchTend({ ...germanDesktop, settings: { language: 'ja' } });
    expect(tend.trayMenu().labels()).toContain('設定…');
  });

  it('prints the command line’s help in the system’s language', async () => {
    tend = await launchTend({ ...germanDesktop, args: ['--help'] });
    expect(tend.printed.join('\n')).toMatch(/^Aufruf: tend /m);
  });

  it('says the tray’s status line in it too, with no English left in it (Arabic)', async () => {
    tend = await launchTend({ settings: { language: 'ar' } });
    expect(tend.status()).toMatch(/[\u0600-\u06FF]/);
    expect(tend.status()).not.toMatch(/[A-Za-z]{2}/);
    tend.trayMenu().click('الإعدادات…');
    await tend.settle();
    expect(tend.windowFor('settings')).toBeDefined();
  });
});

describe('changing the language in Settings', () => {
  it('relabels the tray menu and tells every open window at once', async () => {
    tend = await launchTend();
    tend.trayMenu().click('Settings…');
    await tend.settle();
    const settings = tend.windowFor('settings');
    if (!settings) throw new Error('no settings window');
    const saved = await tend.invoke(settings, 'settings:update', { language: 'fr' });
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    expect(tend.trayMenu().labels()).not.toContain('Settings…');
    expect(settings.webContents.sent).toContainEqual({ channel: 'app:language', payload: { locale: 'fr' } });
  });

  it('back to the system’s language, and says nothing when that is the one already shown', async () => {
    tend = await launchTend({ ...germanDesktop, settings: { language: 'de' } });
    tend.trayMenu().click('Einstellungen…');
    await tend.settle();
    const settings = tend.windowFor('settings');
    if (!settings) throw new Error('no settings window');
    await tend.invoke(settings, 'settings:update', { language: 'system' });
    expect(settings.webContents.sent.filter((s) => s.channel === 'app:language')).toEqual([]);
    expect(tend.trayMenu().labels()).toContain('Einstellungen…');
  });
});
