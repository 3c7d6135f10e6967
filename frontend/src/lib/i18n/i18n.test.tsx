import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, LANG_STORAGE_KEY } from '.';
import { renderApp } from '../../test/utils';
import vi from './vi';
import en from './en';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n', () => {
  it('starts in Vietnamese, switches to English, remembers the choice and updates <html lang>', async () => {
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dialogue with citizens' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // A new page load (a fresh i18next instance) starts in the remembered language.
    const fresh = i18next.createInstance();
    await initI18n(fresh, { react: false });
    expect(fresh.language).toBe('en');
    expect(fresh.t('nav.orgUnits')).toBe('Org units');

    await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đối thoại với Nhân dân' })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('vi');
  });

  it('has the same keys in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});
