import { fieldStepValues } from '@/api/schema';
import type { Job, JobKind, JobStatus } from '@/modules/jobs/api';
import type { CountDifference, FieldCheck, FieldRecord, FieldRecordInput, FieldStep, PieceCount } from './api';

/** The crew's steps in order (R-FLD-1..4). */
export const FIELD_STEPS: readonly FieldStep[] = fieldStepValues;

/**
 * Every check of a step; the server refuses a record without all of them
 * (server/src/field/checklist.cpp, the same lists).
 */
export const STEP_CHECKS: Readonly<Record<FieldStep, readonly FieldCheck[]>> = {
  loading: ['packaging_intact', 'keeper_confirmed'],
  departure: ['tools_taken', 'feedback_form_taken', 'documents_taken'],
  arrival: [],
  installation: ['protection', 'placement', 'adjustment', 'warranty_explained', 'site_cleaned'],
};

/** Whether a step counts the pieces of every product of the job (loading and arrival). */
export function countsPieces(step: FieldStep): boolean {
  return step === 'loading' || step === 'arrival';
}

/** Whether a job includes installation (every kind but a dealer's delivery, as on the server). */
export function installs(kind: JobKind): boolean {
  return kind !== 'dealer_delivery';
}

/** The steps a job has: all four, without installation for a delivery. */
export function stepsOf(job: Pick<Job, 'kind'>): FieldStep[] {
  return FIELD_STEPS.filter((step) => step !== 'installation' || installs(job.kind));
}

/** A product of a job as the counts list it: one line per product (lines of one product added up). */
export interface ProductLine {
  productId: number;
  model: string;
  name: string;
  /** The pieces the job carries (quantity × pieces per unit, as the office entered them). */
  pieces: number;
  quantity: number;
}

/** The job's products, one line each, in the order of the job's items. */
export function productLines(job: Pick<Job, 'items'>): ProductLine[] {
  const out = new Map<number, ProductLine>();
  for (const item of job.items) {
    const line = out.get(item.productId);
    if (line) {
      line.pieces += item.pieces;
      line.quantity += item.quantity;
    } else {
      out.set(item.productId, {
        productId: item.productId,
        model: item.model,
        name: item.name,
        pieces: item.pieces,
        quantity: item.quantity,
      });
    }
  }
  return [...out.values()];
}

/** The counts a loading starts with: the job's pieces per product (the crew corrects them). */
export function loadingPrefill(job: Pick<Job, 'items'>): Record<number, number> {
  return Object.fromEntries(productLines(job).map((line) => [line.productId, line.pieces]));
}

/**
 * The products whose arrival count differs from the loading's (the server raises a count_mismatch
 * incident for these, R-FLD-3). A product missing from one side counts as 0 there.
 */
export function countDifferences(loading: readonly PieceCount[], arrival: readonly PieceCount[]): CountDifference[] {
  const loaded = new Map(loading.map((c) => [c.productId, c.pieces]));
  const counted = new Map(arrival.map((c) => [c.productId, c.pieces]));
  const ids = [...new Set([...loaded.keys(), ...counted.keys()])];
  return ids
    .map((productId) => ({ productId, expected: loaded.get(productId) ?? 0, counted: counted.get(productId) ?? 0 }))
    .filter((d) => d.expected !== d.counted);
}

/** What the crew filled in for a step. */
export interface StepForm {
  checks: FieldCheck[];
  /** Pieces counted per product id; null while a product is not counted yet. */
  counts: Record<number, number | null>;
  note: string;
}

/** A reason the step cannot be saved yet (the screen words it). */
export type StepProblem =
  | { field: 'checks'; reason: 'unchecked'; check: FieldCheck }
  | { field: 'counts'; reason: 'required' | 'invalid'; productId: number }
  | { field: 'note'; reason: 'too_long' };

/** The note's limit in the contract (FieldRecordInput.note). */
export const NOTE_MAX_LENGTH = 500;

/** Every problem of a step's form at once (an empty list: it can be saved). */
export function stepProblems(job: Pick<Job, 'items'>, step: FieldStep, form: StepForm): StepProblem[] {
  const problems: StepProblem[] = [];
  for (const check of STEP_CHECKS[step]) {
    if (!form.checks.includes(check)) problems.push({ field: 'checks', reason: 'unchecked', check });
  }
  if (countsPieces(step)) {
    for (const line of productLines(job)) {
      const value = form.counts[line.productId];
      if (value === null || value === undefined) {
        problems.push({ field: 'counts', reason: 'required', productId: line.productId });
      } else if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
        problems.push({ field: 'counts', reason: 'invalid', productId: line.productId });
      }
    }
  }
  if (form.note.length > NOTE_MAX_LENGTH) problems.push({ field: 'note', reason: 'too_long' });
  return problems;
}

/**
 * The record the phone stores and sends: every check of the step (in the step's order), the
 * counts of every product for loading and arrival (none otherwise), the trimmed note.
 */
export function buildRecordInput(
  id: string,
  job: Pick<Job, 'id' | 'items'>,
  step: FieldStep,
  form: StepForm,
  recordedAt: Date,
): FieldRecordInput {
  const counts: PieceCount[] = countsPieces(step)
    ? productLines(job).map((line) => ({ productId: line.productId, pieces: form.counts[line.productId] ?? 0 }))
    : [];
  return {
    id,
    jobId: job.id,
    step,
    checks: STEP_CHECKS[step].filter((check) => form.checks.includes(check)),
    counts,
    note: form.note.trim(),
    recordedAt: recordedAt.toISOString(),
  };
}

/** The steps a job's status shows as behind it (moved in the office, or by another phone). */
export function stepsPassedBy(status: JobStatus): FieldStep[] {
  const order: Partial<Record<JobStatus, FieldStep[]>> = {
    loading: ['loading'],
    en_route: ['loading', 'departure'],
    on_site: ['loading', 'departure', 'arrival'],
    installed: ['loading', 'departure', 'arrival', 'installation'],
    delivered: ['loading', 'departure', 'arrival'],
    accepted: ['loading', 'departure', 'arrival', 'installation'],
    closed: ['loading', 'departure', 'arrival', 'installation'],
  };
  return order[status] ?? [];
}

/** Whether nothing may be recorded on a job in this state any more (the office ended it). */
export function isFinished(status: JobStatus): boolean {
  return status === 'cancelled' || status === 'closed' || status === 'returned_to_factory';
}

/** The last applied loading record of the server's list (by recorded time, as the server picks it). */
export function lastLoading(records: readonly FieldRecord[]): FieldRecord | null {
  let found: FieldRecord | null = null;
  for (const r of records) if (r.step === 'loading' && r.outcome === 'applied') found = r;
  return found;
}
