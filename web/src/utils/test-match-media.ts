/**
 * Test helper: jsdom has no matchMedia, and components ask it whether the screen is phone-sized.
 * Installs a stub whose `matches` is whatever `isPhone()` returns at the time of the call.
 */
export function stubMatchMedia(isPhone: () => boolean = () => false): void {
  window.matchMedia = ((query: string) => ({
    matches: isPhone(),
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}
