import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n, { initI18n } from '../lib/i18n';

// The CI machine is shared (2 cores): the first render of a lazy route can take more than 1 s, and under load
// (the backend stage beside it) several.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(async () => {
  await initI18n();
});

// DOITHOAI_CLOCK_START (an ISO date-time with its offset): every test runs as if it were that moment, as the backend's
// tests and the end-to-end tests do; time runs on from there. Tests that need a day of their own still set it.
const clockStart: string = import.meta.env.DOITHOAI_CLOCK_START ?? '';

beforeEach(async () => {
  if (clockStart) {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: new Date(clockStart) });
  }
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('vi');
  window.localStorage.clear();
});

afterEach(() => {
  if (clockStart) {
    vi.useRealTimers();
  }
  cleanup();
});
