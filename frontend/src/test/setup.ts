import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n, { initI18n } from '../lib/i18n';

// The CI machine is shared (2 cores): the first render of a lazy route can take more than 1 s.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  await initI18n();
});

beforeEach(async () => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  await i18n.changeLanguage('vi');
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
