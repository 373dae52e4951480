// Receipt files before upload: photos are shrunk in the browser so a phone picture fits the
// server's 1 MiB limit; PDFs go as they are. The server checks type, bytes and size again.

/** The largest file the server takes (bytes). */
export const MAX_RECEIPT_BYTES = 1024 * 1024;
/** A shrunk photo's longest side (pixels): a receipt stays legible at this size. */
export const MAX_RECEIPT_SIDE = 1600;
/** What the file picker offers. */
export const RECEIPT_ACCEPT = 'image/jpeg,image/png,application/pdf';

/** Why a file cannot be a receipt, as the server would say it, or null. */
export type ReceiptProblem = 'unsupported_type' | 'too_large' | 'required' | null;

/** The problem of a file that will be sent as is (after any shrinking). */
export function receiptProblem(type: string, size: number): ReceiptProblem {
  if (size === 0) return 'required';
  if (!['image/jpeg', 'image/png', 'application/pdf'].includes(type)) return 'unsupported_type';
  if (size > MAX_RECEIPT_BYTES) return 'too_large';
  return null;
}

/** The size of a `width` × `height` picture scaled down (never up) to fit `max` on its longest side. */
export function fitWithin(width: number, height: number, max = MAX_RECEIPT_SIDE): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= max) return { width, height };
  const scale = max / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a file is a photo worth shrinking (large bytes or large pixels are both common). */
export function shouldShrink(type: string, size: number): boolean {
  return (type === 'image/jpeg' || type === 'image/png') && size > MAX_RECEIPT_BYTES / 2;
}

/** The file to upload: a large photo re-drawn as a JPEG of at most MAX_RECEIPT_SIDE pixels. */
export async function prepareReceipt(file: File): Promise<Blob> {
  if (!shouldShrink(file.type, file.size)) return file;
  const bitmap = await createImageBitmap(file);
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return file;
  // White under transparent PNG areas: JPEG has no alpha.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return blob ?? file;
}
