import { createI18n } from 'vue-i18n';
import type { Language } from 'element-plus/es/locale';
import elEn from 'element-plus/es/locale/lang/en';
import elZhCn from 'element-plus/es/locale/lang/zh-cn';
import elZhTw from 'element-plus/es/locale/lang/zh-tw';

/** The languages the UI ships, zh-CN first (the default). */
export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'kefu.locale';

/** A locale's messages: one object per namespace file (common, staff, …). */
export type LocaleMessages = Record<string, Record<string, unknown>>;

const shellFiles = import.meta.glob<Record<string, unknown>>('./langs/*/*.json', {
  eager: true,
  import: 'default',
});
const moduleFiles = import.meta.glob<LocaleMessages>('../modules/*/locales/*.json', {
  eager: true,
  import: 'default',
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges `source` into `target`, object by object (modules add to shared namespaces such as `enums`). */
function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) deepMerge(existing, value);
    else target[key] = isPlainObject(value) ? structuredClone(value) : value;
  }
}

/**
 * Messages of every locale: the shell's `langs/<locale>/<namespace>.json` plus each capability
 * module's `modules/<area>/locales/<locale>.json`, whose top-level keys are namespaces.
 */
export function loadMessages(): Record<AppLocale, LocaleMessages> {
  const out: Record<AppLocale, LocaleMessages> = { 'zh-CN': {}, 'zh-TW': {}, en: {} };
  for (const [path, content] of Object.entries(shellFiles)) {
    const match = /\.\/langs\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale, namespace] = match;
    if (locale && namespace && isAppLocale(locale)) out[locale][namespace] = structuredClone(content);
  }
  for (const [path, content] of Object.entries(moduleFiles)) {
    const match = /\/modules\/[^/]+\/locales\/([^/]+)\.json$/.exec(path);
    const locale = match?.[1];
    if (locale && isAppLocale(locale)) deepMerge(out[locale], content);
  }
  return out;
}

/** Whether a string is one of the shipped locales. */
export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The stored locale, or zh-CN. */
export function initialLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (isAppLocale(stored)) return stored;
  } catch {
    // Private mode or disabled storage: fall back to the default.
  }
  return DEFAULT_LOCALE;
}

/** Element Plus's own strings (pagination, date picker, …) for each locale. */
export const ELEMENT_LOCALES: Record<AppLocale, Language> = {
  'zh-CN': elZhCn,
  'zh-TW': elZhTw,
  en: elEn,
};

/** The app's i18n instance (composition mode). */
export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: loadMessages(),
  missingWarn: false,
  fallbackWarn: false,
});

/** Switches the UI language, persists it, and sets <html lang>. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
