import { expect, test } from '@playwright/test';

test.describe('break window in the browser preview', () => {
  test('the break route renders the offer', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 380, height: 260 });
    await page.goto('/#/break');
    await expect(page.getByRole('heading', { name: 'A little pause?' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Breathe/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Tea/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Kind words/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('break-offer.png') });
    await testInfo.attach('break-offer', { path: testInfo.outputPath('break-offer.png'), contentType: 'image/png' });
  });

  test('runs under the strict Content-Security-Policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto('/#/break');
    await expect(page.getByRole('heading', { name: 'A little pause?' })).toBeVisible();
    expect(violations).toEqual([]);
  });
});
