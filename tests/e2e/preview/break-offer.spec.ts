import { expect, test } from '@playwright/test';
import { cspViolations, openWindow, saveScreenshot } from './preview-support.ts';

test.describe('break window in the browser preview', () => {
  test('the break route renders the offer', async ({ page }, testInfo) => {
    await openWindow(page);
    await expect(page.getByRole('heading', { name: 'A little pause?' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Breathe/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Tea/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Kind words/ })).toBeVisible();
    await saveScreenshot(page, testInfo, 'break-offer');
  });

  test('runs under the strict Content-Security-Policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await openWindow(page, 'open=breath');
    await expect(page.getByTestId('pacer')).toBeVisible();
    expect(violations).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
