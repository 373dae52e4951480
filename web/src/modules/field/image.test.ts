import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BASE64, PhotoTooLarge, base64Of, encodeUnderLimit, fitWithin } from './image';

describe('photo size', () => {
  it('scales the longer side down to 1600 px, keeping the shape, never up', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('takes the first encoding that fits the upload limit, smaller ones only when needed', async () => {
    const tried: [number, number][] = [];
    const data = await encodeUnderLimit(async (edge, quality) => {
      tried.push([edge, quality]);
      return 'x'.repeat(edge === 1600 ? PHOTO_MAX_BASE64 + 1 : 1000);
    });
    expect(data).toHaveLength(1000);
    expect(tried).toEqual([
      [1600, 0.8],
      [1600, 0.65],
      [1280, 0.6],
    ]);
    expect(await encodeUnderLimit(async () => 'ok')).toBe('ok');
  });

  it('refuses a photo that fits at no size', async () => {
    await expect(encodeUnderLimit(async () => 'x'.repeat(PHOTO_MAX_BASE64 + 1))).rejects.toBeInstanceOf(PhotoTooLarge);
  });

  it('takes the base64 out of a data URL', () => {
    expect(base64Of('data:image/jpeg;base64,AAAA')).toBe('AAAA');
  });
});
