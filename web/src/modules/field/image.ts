import type { PreparedImage } from './offline/recorder';

/** The longest side of a stored photo, and its JPEG quality (the server takes bodies up to 1 MiB). */
export const PHOTO_MAX_EDGE = 1600;
export const PHOTO_QUALITY = 0.8;
/** The most base64 a photo may take, leaving room in the 1 MiB body for the rest of the JSON. */
export const PHOTO_MAX_BASE64 = 900_000;
/** The preview kept on the phone for the job's screen. */
export const THUMB_EDGE = 240;

/** The size of an image of `width` × `height` scaled down (never up) to fit `maxEdge`. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The attempts to fit a photo under the limit: full size first, then smaller and coarser. */
export const PHOTO_ATTEMPTS: readonly { edge: number; quality: number }[] = [
  { edge: PHOTO_MAX_EDGE, quality: PHOTO_QUALITY },
  { edge: PHOTO_MAX_EDGE, quality: 0.65 },
  { edge: 1280, quality: 0.6 },
  { edge: 1024, quality: 0.55 },
  { edge: 800, quality: 0.5 },
];

/** The photo was too detailed to fit the server's limit even at the smallest size. */
export class PhotoTooLarge extends Error {
  constructor() {
    super('the photo does not fit the upload limit');
    this.name = 'PhotoTooLarge';
  }
}

/**
 * Encodes with each attempt in turn until the base64 fits `limit`; `encode` returns base64 for an
 * edge and a quality (the canvas in the browser, a fake in tests).
 */
export async function encodeUnderLimit(
  encode: (edge: number, quality: number) => Promise<string>,
  limit = PHOTO_MAX_BASE64,
): Promise<string> {
  for (const { edge, quality } of PHOTO_ATTEMPTS) {
    const data = await encode(edge, quality);
    if (data.length <= limit) return data;
  }
  throw new PhotoTooLarge();
}

/** The base64 part of a data URL. */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? dataUrl : dataUrl.slice(comma + 1);
}

type Drawable = ImageBitmap | HTMLImageElement;

/** Decodes a picture file, turned upright (EXIF orientation) where the browser can. */
async function decode(file: Blob): Promise<{ image: Drawable; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  const img = new Image();
  img.src = url;
  await img.decode();
  return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
}

/** Draws the image at most `edge` px wide or high and answers a JPEG data URL. */
function drawJpeg(source: { image: Drawable; width: number; height: number }, edge: number, quality: number): string {
  const size = fitWithin(source.width, source.height, edge);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // JPEG has no transparency: a white ground rather than black behind a transparent PNG.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(source.image, 0, 0, size.width, size.height);
  return canvas.toDataURL('image/jpeg', quality);
}

/**
 * A camera photo made ready for the outbox in the browser: a JPEG of at most 1600 px (quality 0.8,
 * smaller when needed to stay under the upload limit) and a 240 px preview.
 */
export async function prepareJpeg(file: Blob): Promise<PreparedImage> {
  const source = await decode(file);
  try {
    const data = await encodeUnderLimit(async (edge, quality) => base64Of(drawJpeg(source, edge, quality)));
    const thumb = drawJpeg(source, THUMB_EDGE, 0.6);
    return { data, contentType: 'image/jpeg', thumb };
  } finally {
    source.close();
  }
}
