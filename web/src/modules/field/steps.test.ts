import { describe, expect, it } from 'vitest';
import { fieldCheckValues } from '@/api/schema';
import { aJob } from '@/modules/jobs/testing/job-fixture';
import {
  FIELD_STEPS,
  STEP_CHECKS,
  buildRecordInput,
  countDifferences,
  loadingPrefill,
  productLines,
  stepProblems,
  stepsOf,
  stepsPassedBy,
} from './steps';

const job = aJob({
  id: 5,
  items: [
    { productId: 48, model: 'CX-DK1470', name: '办公桌', quantity: 2, pieces: 4 },
    { productId: 43, model: 'BY-SF03', name: '沙发', quantity: 1, pieces: 1 },
    { productId: 48, model: 'CX-DK1470', name: '办公桌', quantity: 1, pieces: 2 },
  ],
});

describe('field steps', () => {
  it('lists the checks of each step as the server does, every check once', () => {
    expect(FIELD_STEPS).toEqual(['loading', 'departure', 'arrival', 'installation']);
    expect(STEP_CHECKS.arrival).toEqual([]);
    expect(STEP_CHECKS.installation).toContain('warranty_explained');
    const all = FIELD_STEPS.flatMap((step) => STEP_CHECKS[step]);
    expect([...all].sort()).toEqual([...fieldCheckValues].sort());
  });

  it('a delivery has no installation step', () => {
    expect(stepsOf({ kind: 'dealer_delivery' })).toEqual(['loading', 'departure', 'arrival']);
    expect(stepsOf({ kind: 'after_sales' })).toEqual(FIELD_STEPS);
  });

  it('counts one line per product, the lines of one product added up', () => {
    expect(productLines(job).map((l) => [l.productId, l.pieces, l.quantity])).toEqual([
      [48, 6, 3],
      [43, 1, 1],
    ]);
    expect(loadingPrefill(job)).toEqual({ 48: 6, 43: 1 });
  });

  it('finds the products whose arrival count differs from the loading count', () => {
    const loading = [
      { productId: 48, pieces: 6 },
      { productId: 43, pieces: 1 },
    ];
    expect(countDifferences(loading, loading)).toEqual([]);
    expect(
      countDifferences(loading, [
        { productId: 48, pieces: 5 },
        { productId: 43, pieces: 1 },
      ]),
    ).toEqual([{ productId: 48, expected: 6, counted: 5 }]);
    expect(countDifferences(loading, [{ productId: 48, pieces: 6 }])).toEqual([
      { productId: 43, expected: 1, counted: 0 },
    ]);
  });

  it('names every problem of a form at once: unticked checks, missing or wrong counts, a long note', () => {
    const problems = stepProblems(job, 'loading', {
      checks: ['keeper_confirmed'],
      counts: { 48: null, 43: 1.5 },
      note: 'x'.repeat(501),
    });
    expect(problems).toEqual([
      { field: 'checks', reason: 'unchecked', check: 'packaging_intact' },
      { field: 'counts', reason: 'required', productId: 48 },
      { field: 'counts', reason: 'invalid', productId: 43 },
      { field: 'note', reason: 'too_long' },
    ]);
    expect(
      stepProblems(job, 'loading', { checks: STEP_CHECKS.loading.slice(), counts: { 48: 6, 43: 0 }, note: '' }),
    ).toEqual([]);
    expect(stepProblems(job, 'departure', { checks: STEP_CHECKS.departure.slice(), counts: {}, note: '' })).toEqual([]);
  });

  it('builds the record the server expects: every check in order, counts only for loading and arrival', () => {
    const at = new Date('2026-12-02T03:04:05.678Z');
    const loading = buildRecordInput(
      'a8b3c1de-0000-4000-8000-000000000001',
      job,
      'loading',
      { checks: ['keeper_confirmed', 'packaging_intact'], counts: { 48: 6, 43: 1 }, note: '  轻放 ' },
      at,
    );
    expect(loading).toEqual({
      id: 'a8b3c1de-0000-4000-8000-000000000001',
      jobId: 5,
      step: 'loading',
      checks: ['packaging_intact', 'keeper_confirmed'],
      counts: [
        { productId: 48, pieces: 6 },
        { productId: 43, pieces: 1 },
      ],
      note: '轻放',
      recordedAt: '2026-12-02T03:04:05.678Z',
    });
    const departure = buildRecordInput(
      'id',
      job,
      'departure',
      { checks: STEP_CHECKS.departure.slice(), counts: { 48: 1 }, note: '' },
      at,
    );
    expect(departure.counts).toEqual([]);
  });

  it('knows which steps a job status has passed', () => {
    expect(stepsPassedBy('scheduled')).toEqual([]);
    expect(stepsPassedBy('loading')).toEqual(['loading']);
    expect(stepsPassedBy('en_route')).toEqual(['loading', 'departure']);
    expect(stepsPassedBy('on_site')).toEqual(['loading', 'departure', 'arrival']);
  });
});
