import { onBeforeUnmount, ref, type Ref } from 'vue';

const QUERY = '(max-width: 768px)';

/** True while the viewport is phone-sized (≤ 768 px); follows resizes. */
export function useIsMobile(): Ref<boolean> {
  const mql = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  const isMobile = ref(mql?.matches ?? false);
  if (mql) {
    const onChange = (event: MediaQueryListEvent): void => {
      isMobile.value = event.matches;
    };
    mql.addEventListener('change', onChange);
    onBeforeUnmount(() => mql.removeEventListener('change', onChange));
  }
  return isMobile;
}
