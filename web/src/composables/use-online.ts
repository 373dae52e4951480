import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Whether the browser says it is online (`navigator.onLine`); follows the online/offline events. */
export function useOnline(): Ref<boolean> {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
  if (typeof window === 'undefined') return online;
  const update = (): void => {
    online.value = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onBeforeUnmount(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return online;
}
