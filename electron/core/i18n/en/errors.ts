/** Messages for requests that could not be carried out. */
export const errors = {
  'error.invalid-request': "That request wasn't in the expected shape{where}.",
  'error.unknown-request': 'Unknown request.',
  'error.forbidden': 'That window is not part of Tend.',
  'error.failed': 'Something went wrong there. Please try again.',
} as const;
