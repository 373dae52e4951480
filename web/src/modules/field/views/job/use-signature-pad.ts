import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import SignaturePad from 'signature_pad';

/**
 * A signature pad (npm `signature_pad`) on a canvas: drawn with a finger or a pen, sized to the
 * canvas's box at the screen's pixel ratio (redrawn when the box changes, e.g. on rotation), with
 * clear, undo of the last stroke, and the drawing as a PNG on a white ground.
 */
export function useSignaturePad(canvas: Ref<HTMLCanvasElement | null>) {
  const pad = shallowRef<SignaturePad | null>(null);
  const empty = ref(true);
  let observer: ResizeObserver | null = null;

  function fit(): void {
    const el = canvas.value;
    const current = pad.value;
    if (!el || !current) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const width = Math.round(el.offsetWidth * ratio);
    const height = Math.round(el.offsetHeight * ratio);
    if (width === 0 || height === 0 || (el.width === width && el.height === height)) return;
    const strokes = current.toData();
    el.width = width;
    el.height = height;
    el.getContext('2d')?.scale(ratio, ratio);
    current.clear();
    current.fromData(strokes);
  }

  const onStroke = (): void => {
    empty.value = pad.value?.isEmpty() ?? true;
  };

  function teardown(): void {
    observer?.disconnect();
    observer = null;
    pad.value?.removeEventListener('endStroke', onStroke);
    pad.value?.off();
    pad.value = null;
    empty.value = true;
  }

  // The canvas may come and go (the form shows once the step before is done): follow it.
  watch(
    canvas,
    (el) => {
      teardown();
      if (!el) return;
      pad.value = new SignaturePad(el, {
        backgroundColor: 'rgb(255, 255, 255)',
        penColor: '#1a1a1a',
        minWidth: 1,
        maxWidth: 3,
      });
      pad.value.addEventListener('endStroke', onStroke);
      fit();
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => fit());
        observer.observe(el);
      }
    },
    { flush: 'post', immediate: true },
  );

  onBeforeUnmount(teardown);

  function clear(): void {
    pad.value?.clear();
    empty.value = true;
  }

  /** Takes back the last stroke. */
  function undo(): void {
    const current = pad.value;
    if (!current) return;
    const strokes = current.toData();
    strokes.pop();
    current.fromData(strokes);
    empty.value = current.isEmpty();
  }

  /** The drawing as a PNG data URL (null when nothing is drawn). */
  function toPng(): string | null {
    const current = pad.value;
    if (!current || current.isEmpty()) return null;
    return current.toDataURL('image/png');
  }

  return { empty, clear, undo, toPng };
}
