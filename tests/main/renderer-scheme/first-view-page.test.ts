/**
 * The break window's page with its first view inside (issue #17): the view travels as a data block that
 * no text of the user's can break out of, the look is on <html> before any stylesheet or script, the
 * offer's build-time markup fills the root, and a page that is not Tend's is left alone.
 */
import { describe, expect, it } from 'vitest';
import { everyOfferShape, FIRST_VIEW_ELEMENT_ID, notNowHintKey, offerMarkupKey, SNOOZE_MARK } from '../../../electron/core/first-paint.ts';
import type { BreakView, Look, OfferView } from '../../../electron/core/ipc-contract.ts';
import { firstViewPage, offerMarkupsFrom } from '../../../electron/main/renderer-scheme/first-view-page.ts';

const PAGE = '<!doctype html>\n<html lang="en">\n<head><title>Tend</title></head>\n<body><div id="root"></div></body>\n</html>';
const look: Look = { theme: 'system', reducedMotion: 'system' };
const markups = { 'breath,tea,kind': '<main>offer of three</main>', kind: '<main>offer of one</main>' };
/** An offer of `kinds` as the session makes it on an ordinary day (Kind words opens a phrase, 5-minute snooze). */
const offerOf = (kinds: OfferView['kinds'], viewLook: Look = look): OfferView => ({
  view: 'offer',
  kinds,
  kindOpens: 'kind',
  snoozeMin: 5,
  look: viewLook,
});

/** The JSON the page carries, read back as the renderer reads it (the data block's text). */
function carried(page: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${FIRST_VIEW_ELEMENT_ID}">(.*?)</script>`, 's').exec(page);
  return match?.[1] === undefined ? undefined : JSON.parse(match[1]);
}

describe('the first view on the page', () => {
  it('an offer carries its view and the markup of its kinds, in their order, inside the root', () => {
    const view = offerOf(['breath', 'tea', 'kind']);
    const page = firstViewPage(PAGE, view, markups);
    expect(carried(page ?? '')).toEqual(view);
    expect(page).toContain('<div id="root"><main>offer of three</main></div>');
  });

  it('an offer whose markup the build lacks still carries its view, with an empty root for React to fill', () => {
    const view = offerOf(['tea']);
    const page = firstViewPage(PAGE, view, markups);
    expect(carried(page ?? '')).toEqual(view);
    expect(page).toContain('<div id="root"></div>');
    expect(firstViewPage(PAGE, view, null)).toContain('<div id="root"></div>');
  });

  it('a prompt opened from the tray carries its own view and no offer markup', () => {
    const view: BreakView = { view: 'tea', itemId: 'tea.warm-cup', chime: false, look };
    const page = firstViewPage(PAGE, view, markups) ?? '';
    expect(carried(page)).toEqual(view);
    expect(page).not.toContain('offer of');
  });

  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- a comment opener'],
    ['line\u2028and paragraph\u2029separators'],
  ])('a kind phrase of the user’s own (%j) stays data: the block cannot be ended or bent', (text) => {
    const view: BreakView = { view: 'kind', phraseId: 'own.1', heading: 'content.phrases.custom-title', text, favourite: false, look };
    const page = firstViewPage(PAGE, view, markups) ?? '';
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<!--');
    expect(page).not.toMatch(/[\u2028\u2029]/);
    expect(carried(page)).toEqual(view);
  });

  it.each<[Look, string]>([
    [{ theme: 'system', reducedMotion: 'system' }, '<html lang="en">'],
    [{ theme: 'dark', reducedMotion: 'system' }, '<html data-theme="dark" lang="en">'],
    [{ theme: 'light', reducedMotion: 'on' }, '<html data-theme="light" data-motion="reduce" lang="en">'],
  ])('the look %j is on <html> before anything loads', (viewLook, html) => {
    const page = firstViewPage(PAGE, offerOf(['kind'], viewLook), markups) ?? '';
    expect(page).toContain(html);
  });

  it('no first view leaves the page exactly as built', () => {
    expect(firstViewPage(PAGE, null, markups)).toBe(PAGE);
  });

  it.each([
    ['a page without an empty root', PAGE.replace('<div id="root"></div>', '<div id="app"></div>')],
    ['a page without an <html> tag', '<div id="root"></div>'],
  ])('%s is not Tend’s page: null, so it is served unchanged', (_, page) => {
    expect(firstViewPage(page, offerOf(['kind']), markups)).toBeNull();
  });

  it('gentle mode’s offer, where Kind words opens a small thing to do, gets the markup that says so', () => {
    const table = { ...markups, 'breath,tea,care': '<main>offer of three, gently</main>' };
    const page = firstViewPage(PAGE, { ...offerOf(['breath', 'tea', 'kind']), kindOpens: 'care' }, table) ?? '';
    expect(page).toContain('<div id="root"><main>offer of three, gently</main></div>');
  });

  it('the snooze minutes "Not now" names are the user’s, filled into the build’s mark', () => {
    const table = { kind: `<main><p>Not now: again in ${String(SNOOZE_MARK)} min</p></main>` };
    const page = firstViewPage(PAGE, { ...offerOf(['kind']), snoozeMin: 12 }, table) ?? '';
    expect(page).toContain('<p>Not now: again in 12 min</p>');
    expect(page).not.toContain(String(SNOOZE_MARK));
  });

  it('a language that says the minutes with a plural gets the build’s whole hint for the user’s minutes', () => {
    // Arabic: "after 12 minutes" and "after 3 minutes" differ in more than the digits.
    const table = {
      kind: `<main><span id="not-now-hint">ليس الآن: بعد ${String(SNOOZE_MARK)} دقيقة</span></main>`,
      [notNowHintKey('mark')]: `ليس الآن: بعد ${String(SNOOZE_MARK)} دقيقة`,
      [notNowHintKey(3)]: 'ليس الآن: بعد ٣ دقائق',
      [notNowHintKey(12)]: 'ليس الآن: بعد ١٢ دقيقة',
    };
    expect(firstViewPage(PAGE, { ...offerOf(['kind']), snoozeMin: 3 }, table)).toContain('<span id="not-now-hint">ليس الآن: بعد ٣ دقائق</span>');
    expect(firstViewPage(PAGE, { ...offerOf(['kind']), snoozeMin: 12 }, table)).toContain('<span id="not-now-hint">ليس الآن: بعد ١٢ دقيقة</span>');
  });

  it('markup with "$&" in it is placed as written, not read as a replacement pattern', () => {
    const page = firstViewPage(PAGE, offerOf(['kind']), { kind: '<p>$& $1</p>' }) ?? '';
    expect(page).toContain('<div id="root"><p>$& $1</p></div>');
  });
});

describe('the build’s table of offer markups', () => {
  it('has one key per shape of offer: fifteen orders of kinds, and the eleven with Kind words once more for gentle mode', () => {
    const keys = everyOfferShape().map(offerMarkupKey);
    expect(new Set(keys).size).toBe(26);
    expect(keys).toContain('kind,tea,breath');
    expect(keys).toContain('care,tea,breath');
  });

  it.each([
    ['not JSON', '{"kind": "<main>'],
    ['a list', '["<main>"]'],
    ['a table with a number in it', '{"kind": 3}'],
    ['null', 'null'],
  ])('%s is damaged: null', (_, text) => {
    expect(offerMarkupsFrom(text)).toBeNull();
  });

  it('a table of strings is read as it is', () => {
    expect(offerMarkupsFrom(JSON.stringify(markups))).toEqual(markups);
  });
});
