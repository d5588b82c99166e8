/** The tray's status line: what happens next, said gently. */
export const status = {
  'status.next-break': 'Next break in about {minutes} min',
  'status.break-soon': 'A break is ready for the next quiet moment',
  'status.held': 'Waiting for a quieter moment',
  'status.offer-showing': 'A little pause is on offer',
  'status.on-break': 'On a break',
  'status.paused-until': 'Paused until {time}',
  'status.paused-until-midnight': 'Paused until midnight',
  'status.paused-until-tomorrow': 'Paused until tomorrow at {time}',
  'status.paused-until-day': 'Paused until {day} at {time}',
  'status.paused-until-resumed': 'Paused until you resume',
  'status.outside-hours': 'Outside working hours',
  'status.outside-hours-until': 'Outside working hours · back {day} at {time}',
  'status.away': 'Away — that counts as a break',
} as const;
