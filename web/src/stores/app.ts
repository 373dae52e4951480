import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ELEMENT_LOCALES, i18n, setLocale as applyLocale, type AppLocale } from '@/locales';

/** UI-wide state: language and navigation drawer. */
export const useAppStore = defineStore('app', () => {
  const locale = ref<AppLocale>(i18n.global.locale.value as AppLocale);
  const elementLocale = computed(() => ELEMENT_LOCALES[locale.value]);
  const menuOpen = ref(false);

  function setLocale(next: AppLocale): void {
    applyLocale(next);
    locale.value = next;
  }

  function toggleMenu(): void {
    menuOpen.value = !menuOpen.value;
  }

  function closeMenu(): void {
    menuOpen.value = false;
  }

  return { locale, elementLocale, menuOpen, setLocale, toggleMenu, closeMenu };
});
