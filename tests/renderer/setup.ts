import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Testing Library waits for a real setTimeout(0) after each event unless it sees Jest's fake timers;
// this lets it advance Vitest's instead, so tests on fake time don't hang.
(globalThis as { jest?: unknown }).jest = { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) };

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete window.tend;
  delete document.documentElement.dataset['theme'];
  delete document.documentElement.dataset['motion'];
});
