import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const NINE_AM = Date.UTC(2026, 2, 2, 9, 0, 0);

describe('the tray', () => {
  it('comes up once, with the status line and the whole menu', async () => {
    tend = await launchTend({ clock: NINE_AM });
    expect(tend.electron.fakeState.trays).toHaveLength(1);
    const menu = tend.trayMenu();
    expect(menu.labels()).toEqual(['Next break in about 45 min', 'Take a break now', 'A longer pause', 'Pause', 'Settings…', 'Quit']);
    expect(menu.find(['Next break in about 45 min']).enabled).toBe(false);
    expect(menu.find(['Take a break now']).submenu?.labels()).toEqual(['Breathe', 'Tea', 'Kind words', 'Grounding']);
    expect(menu.find(['Take a break now', 'Grounding'])).toMatchObject({ accelerator: 'CommandOrControl+Alt+G', registerAccelerator: false });
    expect(menu.find(['A longer pause']).submenu?.labels()).toEqual(['RAIN, a few slow minutes', 'A letter to yourself']);
    expect(menu.find(['Pause']).submenu?.labels()).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow', 'Until I resume']);
    expect(tend.electron.fakeState.trays[0]?.tooltip).toBe('Tend');
  });

  it('opens a longer practice only when asked for by name, as a break the user started, even while paused', async () => {
    tend = await launchTend({ clock: NINE_AM });
    tend.trayMenu().click('Pause', '1 hour');
    tend.trayMenu().click('A longer pause', 'A letter to yourself');
    await tend.settle();
    const win = tend.windowFor('break');
    expect(win).toBeDefined();
    expect(await tend.invoke(win!, 'break:current')).toMatchObject({ ok: true, value: { view: 'practice', itemId: 'longer.letter' } });
  });

  it('offers Resume while paused, and goes back after resuming', async () => {
    tend = await launchTend({ clock: NINE_AM });
    tend.trayMenu().click('Pause', '1 hour');
    expect(tend.trayMenu().labels()).toEqual(['Paused until 10:00', 'Take a break now', 'A longer pause', 'Pause', 'Resume', 'Settings…', 'Quit']);
    tend.trayMenu().click('Resume');
    expect(tend.trayMenu().labels()).toEqual(['Next break in about 45 min', 'Take a break now', 'A longer pause', 'Pause', 'Settings…', 'Quit']);
  });

  it.each([
    ['30 minutes', 'Paused until 09:30'],
    ['2 hours', 'Paused until 11:00'],
    ['Until tomorrow', 'Paused until midnight'],
    ['Until I resume', 'Paused until you resume'],
  ])('says how long a pause of %s lasts', async (item, line) => {
    tend = await launchTend({ clock: NINE_AM });
    tend.trayMenu().click('Pause', item);
    expect(tend.status()).toBe(line);
  });

  it('rebuilds the native menu only when what it shows changes', async () => {
    tend = await launchTend({ clock: NINE_AM });
    const tray = tend.electron.fakeState.trays[0]!;
    const built = tray.menuBuilds;
    expect(built).toBe(1); // the first menu already has the engine's status line
    tend.runtime!.input({ type: 'tick' });
    tend.runtime!.input({ type: 'resumeBreaks' }); // not paused: nothing changes
    expect(tray.menuBuilds).toBe(built);
    tend.trayMenu().click('Pause', '30 minutes');
    expect(tray.menuBuilds).toBe(built + 1);
    tend.trayMenu().click('Pause', '30 minutes'); // still "Paused until 09:30"
    expect(tray.menuBuilds).toBe(built + 1);
    expect(tend.runtime!.tray.menuBuilds()).toBe(tray.menuBuilds);
  });

  it('shows a dark glyph on light panels and follows the system to dark', async () => {
    tend = await launchTend({ platform: 'linux' });
    const tray = tend.electron.fakeState.trays[0]!;
    expect(tray.image.path).toMatch(/resources\/tray\/tray-light\.png$/);
    tend.electron.nativeTheme.setSystemDark(true);
    expect(tray.image.path).toMatch(/resources\/tray\/tray-dark\.png$/);
  });

  it('uses a template image on macOS', async () => {
    tend = await launchTend({ platform: 'darwin' });
    const tray = tend.electron.fakeState.trays[0]!;
    expect(tray.image.path).toMatch(/trayTemplate\.png$/);
    expect(tray.image.isTemplateImage()).toBe(true);
  });

  it('uses an .ico with a drawing per size on Windows, following the taskbar to dark', async () => {
    tend = await launchTend({ platform: 'win32' });
    const tray = tend.electron.fakeState.trays[0]!;
    expect(tray.image.path).toMatch(/resources\/tray\/tray-light\.ico$/);
    expect(tray.image.isEmpty()).toBe(false);
    tend.electron.nativeTheme.setTaskbarDark(true);
    expect(tray.image.path).toMatch(/resources\/tray\/tray-dark\.ico$/);
    expect(tray.image.isEmpty()).toBe(false);
  });

  it('opens its menu on a left click on Windows', async () => {
    tend = await launchTend({ platform: 'win32' });
    const tray = tend.electron.fakeState.trays[0]!;
    tray.emit('click');
    expect(tray.popUps).toBe(1);
  });

  it('quits from the menu', async () => {
    tend = await launchTend();
    tend.trayMenu().click('Quit');
    expect(tend.electron.fakeState.quitCalls).toBe(1);
  });

  it('measures app ready → tray built for the bench', async () => {
    tend = await launchTend();
    expect(tend.runtime!.trayReadyMs).toBeGreaterThan(0);
  });
});
