import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi';

const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANG_STORAGE_KEY = 'doithoai.lang';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANG_STORAGE_KEY);
    return value === 'en' || value === 'vi' ? value : 'vi';
  } catch {
    return 'vi';
  }
}

/** Current UI language, sent as Accept-Language on every API call. */
export function currentLanguage(instance: I18n = i18next): Language {
  return instance.resolvedLanguage === 'en' ? 'en' : 'vi';
}

/**
 * Most users read Vietnamese: only its strings are in the first download; English comes in its own chunk,
 * fetched when someone chooses it (or chose it on an earlier visit).
 */
export async function loadLanguage(lng: Language, instance: I18n = i18next): Promise<void> {
  if (lng === 'en' && !instance.hasResourceBundle('en', 'translation')) {
    instance.addResourceBundle('en', 'translation', (await import('./en')).default);
  }
}

/** Switches the UI language, loading its strings first. */
export async function setLanguage(lng: Language, instance: I18n = i18next): Promise<void> {
  await loadLanguage(lng, instance);
  await instance.changeLanguage(lng);
}

/** Initialises i18next: Vietnamese by default, the last choice remembered in localStorage. */
export async function initI18n(instance: I18n = i18next, { react = true } = {}): Promise<I18n> {
  if (!instance.isInitialized) {
    instance.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
      try {
        window.localStorage.setItem(LANG_STORAGE_KEY, lng);
      } catch {
        /* storage may be unavailable (private mode); the choice then lasts this page only */
      }
    });
    if (react) instance.use(initReactI18next);
    const lng = storedLanguage();
    await instance.init({
      resources: { vi: { translation: vi } },
      partialBundledLanguages: true,
      lng: 'vi',
      fallbackLng: 'vi',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    if (lng !== 'vi') await setLanguage(lng, instance);
    document.documentElement.lang = instance.language;
  }
  return instance;
}

export default i18next;
