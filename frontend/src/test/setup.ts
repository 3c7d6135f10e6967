import '@testing-library/jest-dom/vitest';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n, { initI18n } from '../lib/i18n';

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
