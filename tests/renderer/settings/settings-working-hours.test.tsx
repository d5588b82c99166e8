import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const h = (hours: number): number => hours * 60;
/** How long a save through the demo bridge may take to show, on a busy machine. */
const settle = { timeout: 5000 };
const day = (name: string): HTMLElement => screen.getByRole('group', { name });
const time = (label: string): HTMLInputElement => screen.getByLabelText(label);

/** Types a time into a time input (jsdom has no segment editing: the whole value at once). */
function setTime(label: string, value: string): void {
  fireEvent.change(time(label), { target: { value } });
}

async function withHoursOn() {
  const rendered = await renderWindow('settings');
  await rendered.user.click(
    screen.getByRole('checkbox', { name: 'Count work time only during working hours' }),
  );
  return rendered;
}

describe('the working hours settings', () => {
  it('are off at first; turned on, they list Monday first with 09:00–17:00 on weekdays', async () => {
    const { demo } = await withHoursOn();
    expect(demo.settings().workingHours.enabled).toBe(true);
    const legends = screen
      .getAllByRole('group')
      .map((g) => g.querySelector('legend')?.textContent)
      .filter((x) => x?.endsWith('day'));
    expect(legends).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(time('Monday range 1: from')).toHaveValue('09:00');
    expect(time('Monday range 1: to')).toHaveValue('17:00');
    expect(within(day('Sunday')).getByText('No working hours')).toBeInTheDocument();
  });

  it('sends a range when focus leaves it, not between its start and its end', async () => {
    const { demo } = await withHoursOn();
    const before = requests(demo, 'settings:update').length;
    setTime('Tuesday range 1: from', '08:30');
    fireEvent.blur(time('Tuesday range 1: from'), { relatedTarget: time('Tuesday range 1: to') });
    setTime('Tuesday range 1: to', '16:30');
    expect(requests(demo, 'settings:update')).toHaveLength(before);
    fireEvent.blur(time('Tuesday range 1: to'), { relatedTarget: document.body });
    await screen.findByDisplayValue('08:30');
    expect(demo.settings().workingHours.days[2]).toEqual([{ start: h(8) + 30, end: h(16) + 30 }]);
    expect(requests(demo, 'settings:update')).toHaveLength(before + 1);
  });

  it('adds a range after the last one, and removes one', async () => {
    const { demo, user } = await withHoursOn();
    await user.click(screen.getByRole('button', { name: 'Add a range to Monday' }));
    expect(demo.settings().workingHours.days[1]).toEqual([
      { start: h(9), end: h(17) },
      { start: h(17), end: h(18) },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove Monday range 1' }));
    expect(demo.settings().workingHours.days[1]).toEqual([{ start: h(17), end: h(18) }]);
    expect(time('Monday range 1: from')).toHaveValue('17:00');
  });

  it('shows an overlap beside the range, keeps it on screen and saves nothing until it fits', async () => {
    const { demo, user } = await withHoursOn();
    await user.click(screen.getByRole('button', { name: 'Add a range to Monday' }));
    const saved = JSON.stringify(demo.settings().workingHours);
    setTime('Monday range 2: from', '16:00');
    fireEvent.keyDown(time('Monday range 2: from'), { key: 'Enter' });
    const message = 'This range overlaps another one. Adjust one of them so they only touch.';
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(time('Monday range 2: from')).toHaveValue('16:00');
    expect(time('Monday range 2: from')).toHaveAttribute('aria-invalid', 'true');
    expect(description(time('Monday range 2: from'))).toBe(message);
    expect(screen.getByTestId('hours-not-saved')).toHaveTextContent(
      'Working hours stay as they were until the ranges fit together.',
    );
    expect(announced()).toBe(message);
    expect(JSON.stringify(demo.settings().workingHours)).toBe(saved);

    setTime('Monday range 2: from', '17:30');
    fireEvent.keyDown(time('Monday range 2: from'), { key: 'Enter' });
    await screen.findByDisplayValue('17:30');
    expect(screen.queryByText(message, { selector: '.field-error' })).not.toBeInTheDocument();
    expect(demo.settings().workingHours.days[1][1]).toEqual({ start: h(17) + 30, end: h(18) });
  });

  it('turns down a range with no length', async () => {
    const { demo } = await withHoursOn();
    setTime('Friday range 1: to', '09:00');
    fireEvent.keyDown(time('Friday range 1: to'), { key: 'Enter' });
    expect(
      await screen.findByText(
        'This range starts and ends at the same time. Give it an end that differs from its start.',
        {
          selector: '.field-error',
        },
      ),
    ).toBeInTheDocument();
    expect(demo.settings().workingHours.days[5]).toEqual([{ start: h(9), end: h(17) }]);
  });

  it('allows a range across midnight and says it ends the next day', async () => {
    const { demo, user } = await withHoursOn();
    await user.click(screen.getByRole('button', { name: 'Add a range to Saturday' }));
    setTime('Saturday range 1: from', '22:00');
    setTime('Saturday range 1: to', '02:00');
    fireEvent.keyDown(time('Saturday range 1: to'), { key: 'Enter' });
    expect(await within(day('Saturday')).findByText('ends the next day')).toBeInTheDocument();
    expect(description(time('Saturday range 1: to'))).toBe('ends the next day');
    expect(demo.settings().workingHours.days[6]).toEqual([{ start: h(22), end: h(2) }]);
  });

  it('reads an end of 00:00 as midnight, so a range can run until the day ends', async () => {
    const { demo } = await withHoursOn();
    setTime('Monday range 1: to', '00:00');
    fireEvent.keyDown(time('Monday range 1: to'), { key: 'Enter' });
    await screen.findAllByDisplayValue('00:00');
    expect(demo.settings().workingHours.days[1]).toEqual([{ start: h(9), end: 1440 }]);
    expect(within(day('Monday')).queryByText('ends the next day')).not.toBeInTheDocument();
  });

  it('copies a day to all days, and says so', async () => {
    const { demo, user } = await withHoursOn();
    await user.click(screen.getByRole('button', { name: 'Add a range to Wednesday' }));
    await user.click(screen.getByRole('button', { name: 'Copy to all days, from Wednesday' }));
    const wednesday = [
      { start: h(9), end: h(17) },
      { start: h(17), end: h(18) },
    ];
    expect(demo.settings().workingHours.days).toEqual(Array.from({ length: 7 }, () => wednesday));
    expect(time('Sunday range 2: from')).toHaveValue('17:00');
    expect(announced()).toBe('The hours of Wednesday now apply to every day.');
  });

  it('copies a night range to all days without overlaps', async () => {
    const { demo, user } = await withHoursOn();
    setTime('Thursday range 1: from', '22:00');
    setTime('Thursday range 1: to', '06:00');
    fireEvent.keyDown(time('Thursday range 1: to'), { key: 'Enter' });
    await screen.findByDisplayValue('22:00');
    await user.click(screen.getByRole('button', { name: 'Copy to all days, from Thursday' }));
    expect(demo.settings().workingHours.days.every((d) => d.length === 1 && d[0]?.start === h(22))).toBe(
      true,
    );
    expect(screen.queryByTestId('hours-not-saved')).not.toBeInTheDocument();
  });

  it('issue #18 item 7: a cleared end time says what is missing beside the range and saves nothing until it is filled', async () => {
    const { demo } = await withHoursOn();
    const before = requests(demo, 'settings:update').length;
    const saved = JSON.stringify(demo.settings().workingHours);
    setTime('Tuesday range 1: to', '');
    fireEvent.blur(time('Tuesday range 1: to'), { relatedTarget: document.body });
    const message = 'Add an end time for this range.';
    expect(
      await within(day('Tuesday')).findByText(message, { selector: '.field-error' }, settle),
    ).toBeInTheDocument();
    expect(time('Tuesday range 1: to')).toHaveAttribute('aria-invalid', 'true');
    expect(time('Tuesday range 1: from')).toHaveAttribute('aria-invalid', 'false');
    expect(description(time('Tuesday range 1: to'))).toBe(message);
    expect(announced()).toBe(message);
    expect(screen.getByTestId('hours-not-saved')).toBeInTheDocument();
    expect(requests(demo, 'settings:update')).toHaveLength(before);

    // Nothing else is sent meanwhile either: a range added elsewhere waits on screen with the week.
    fireEvent.click(screen.getByRole('button', { name: 'Add a range to Sunday' }));
    expect(time('Sunday range 1: from')).toHaveValue('09:00');
    expect(requests(demo, 'settings:update')).toHaveLength(before);
    expect(JSON.stringify(demo.settings().workingHours)).toBe(saved);

    setTime('Tuesday range 1: to', '15:00');
    fireEvent.keyDown(time('Tuesday range 1: to'), { key: 'Enter' });
    await screen.findByDisplayValue('15:00', {}, settle);
    await waitFor(
      () => expect(demo.settings().workingHours.days[2]).toEqual([{ start: h(9), end: h(15) }]),
      settle,
    );
    expect(demo.settings().workingHours.days[0]).toEqual([{ start: h(9), end: h(17) }]);
    expect(screen.queryByText(message, { selector: '.field-error' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('hours-not-saved')).not.toBeInTheDocument();
  });

  it('issue #18 item 7: names both times when both are cleared, and a start alone when only it is', async () => {
    await withHoursOn();
    setTime('Wednesday range 1: from', '');
    setTime('Wednesday range 1: to', '');
    fireEvent.keyDown(time('Wednesday range 1: to'), { key: 'Enter' });
    expect(
      await screen.findByText(
        'Add a start and an end time for this range.',
        { selector: '.field-error' },
        settle,
      ),
    ).toBeInTheDocument();
    expect(time('Wednesday range 1: from')).toHaveAttribute('aria-invalid', 'true');
    expect(time('Wednesday range 1: to')).toHaveAttribute('aria-invalid', 'true');
    setTime('Wednesday range 1: to', '17:00');
    fireEvent.keyDown(time('Wednesday range 1: to'), { key: 'Enter' });
    expect(
      await screen.findByText('Add a start time for this range.', { selector: '.field-error' }, settle),
    ).toBeInTheDocument();
    expect(time('Wednesday range 1: to')).toHaveAttribute('aria-invalid', 'false');
  });

  it('issue #18 item 7: filling a cleared time back in as it was clears the message without sending', async () => {
    const { demo } = await withHoursOn();
    const before = requests(demo, 'settings:update').length;
    setTime('Monday range 1: from', '');
    fireEvent.keyDown(time('Monday range 1: from'), { key: 'Enter' });
    await screen.findByText('Add a start time for this range.', { selector: '.field-error' }, settle);
    setTime('Monday range 1: from', '09:00');
    fireEvent.keyDown(time('Monday range 1: from'), { key: 'Enter' });
    await waitFor(
      () =>
        expect(
          screen.queryByText('Add a start time for this range.', { selector: '.field-error' }),
        ).not.toBeInTheDocument(),
      settle,
    );
    expect(requests(demo, 'settings:update')).toHaveLength(before);
  });

  it('issue #18 item 7: removing the range with the cleared time lets the week be saved', async () => {
    const { demo, user } = await withHoursOn();
    await user.click(screen.getByRole('button', { name: 'Add a range to Friday' }));
    setTime('Friday range 1: to', '');
    fireEvent.keyDown(time('Friday range 1: to'), { key: 'Enter' });
    await screen.findByText('Add an end time for this range.', { selector: '.field-error' }, settle);
    await user.click(screen.getByRole('button', { name: 'Remove Friday range 1' }));
    await waitFor(
      () => expect(demo.settings().workingHours.days[5]).toEqual([{ start: h(17), end: h(18) }]),
      settle,
    );
    expect(
      screen.queryByText('Add an end time for this range.', { selector: '.field-error' }),
    ).not.toBeInTheDocument();
    expect(time('Friday range 1: to')).toHaveValue('18:00');
  });
});
