import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { supportLinkUrls } from '../../../electron/core/support-links.ts';
import { description, renderWindow, requests } from './settings-support.tsx';

describe('the support links', () => {
  it('say where they lead and ask main to open them by name, never by address', async () => {
    const { demo, user } = await renderWindow('settings');
    const section = screen.getByRole('region', { name: 'If things feel heavy' });
    const helpline = within(section).getByRole('button', { name: 'Find a helpline' });
    expect(description(helpline)).toMatch(/Opens in your browser: findahelpline\.com$/);
    await user.click(helpline);
    await user.click(within(section).getByRole('button', { name: 'Self-compassion exercises' }));
    expect(requests(demo, 'app:open-link')).toEqual([
      { link: 'find-a-helpline' },
      { link: 'self-compassion' },
    ]);
    expect(JSON.stringify(demo.log)).not.toMatch(/https?:/);
  });

  it('every allow-listed link is https', () => {
    for (const url of Object.values(supportLinkUrls)) expect(new URL(url).protocol).toBe('https:');
  });

  it('give the address to type when Tend could not open the link', async () => {
    const { user } = await renderWindow('settings', {
      overrides: { 'app:open-link': () => ({ ok: false, error: { code: 'failed', message: 'x' } }) },
    });
    const helpline = screen.getByRole('button', { name: 'Find a helpline' });
    await user.click(helpline);
    const message = "Tend couldn't open the link just now. The address is findahelpline.com.";
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(description(helpline)).toContain(message);
  });
});
