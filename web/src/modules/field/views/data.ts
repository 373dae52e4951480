import type { FieldRecord, PieceCount, SignedDocumentKind } from '../api';
import type { JobRow, OutboxEntry, OutboxError, StepRow } from '../offline/db';
import { stepViews, type StepStatus, type StepView } from '../offline/progress';
import { NOTE_MAX_LENGTH, lastLoading, type StepProblem } from '../steps';
import { addDays } from '@/utils/dates';
import { formatTimestamp } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type HasKey = (key: string) => boolean;

/** The signer's name limit of the contract (SignatureInput.signerName). */
export const SIGNER_MAX_LENGTH = 50;

/** A day of the phone's list and its jobs, earliest window first. */
export interface JobDay {
  date: string;
  /** `today`, `tomorrow`, `afterTomorrow`, or null for another day (shown as the date). */
  relative: 'today' | 'tomorrow' | 'afterTomorrow' | null;
  jobs: JobRow[];
}

/** The window a job is planned for (the assignment's, else the requested one). */
export function windowOf(row: JobRow): string {
  const job = row.job;
  return `${job.assignment?.windowStart ?? job.windowStart}–${job.assignment?.windowEnd ?? job.windowEnd}`;
}

/** The jobs grouped by day, days in order, each day's jobs by window then number. */
export function groupByDay(jobs: readonly JobRow[], today: string): JobDay[] {
  const days = new Map<string, JobRow[]>();
  for (const row of jobs) days.set(row.date, [...(days.get(row.date) ?? []), row]);
  const names: Record<string, JobDay['relative']> = {
    [today]: 'today',
    [addDays(today, 1)]: 'tomorrow',
    [addDays(today, 2)]: 'afterTomorrow',
  };
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, rows]) => ({
      date,
      relative: names[date] ?? null,
      jobs: [...rows].sort(
        (a, b) => windowOf(a).localeCompare(windowOf(b)) || a.job.number.localeCompare(b.job.number),
      ),
    }));
}

/** What a job's card shows besides the job: its steps, what waits, what went wrong. */
export interface JobMarkers {
  steps: StepView[];
  /** Entries of this job waiting in the outbox. */
  pending: number;
  failed: number;
  conflict: boolean;
  incident: boolean;
}

/** The markers of a job's card from the phone's state. */
export function jobMarkers(row: JobRow, steps: readonly StepRow[], entries: readonly OutboxEntry[]): JobMarkers {
  const mine = steps.filter((s) => s.jobId === row.id);
  const queued = entries.filter((e) => e.jobId === row.id);
  return {
    steps: stepViews(row, mine),
    pending: queued.filter((e) => e.state === 'pending').length,
    failed: queued.filter((e) => e.state === 'failed').length,
    conflict: mine.some((s) => s.state === 'conflict'),
    incident: mine.some((s) => s.incident !== null) || (row.incidents ?? []).some((i) => i.resolvedAt === null),
  };
}

/** The element-plus tag type of a step's status. */
export function stepTagType(status: StepStatus): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (status) {
    case 'done':
      return 'success';
    case 'pending':
      return 'warning';
    case 'conflict':
    case 'failed':
      return 'danger';
    case 'next':
      return 'primary';
    default:
      return 'info';
  }
}

/**
 * The loading counts an arrival is compared with: this phone's loading record, else the last
 * loading the server has (another crew member's phone); null when none is known.
 */
export function loadingCountsOf(row: JobRow, steps: readonly StepRow[]): PieceCount[] | null {
  const mine = steps.find((s) => s.jobId === row.id && s.step === 'loading' && s.state !== 'failed');
  if (mine) return mine.input.counts ?? [];
  const record: FieldRecord | null = lastLoading(row.records ?? []);
  return record ? record.counts : null;
}

/** The messages of a step form's problems, by where they show: per check, per product, the note. */
export interface StepMessages {
  checks: Partial<Record<string, string>>;
  counts: Partial<Record<number, string>>;
  note: string;
}

/** Words every problem of a step's form (see stepProblems) for the field it belongs to. */
export function stepMessages(problems: readonly StepProblem[], t: Translate): StepMessages {
  const out: StepMessages = { checks: {}, counts: {}, note: '' };
  for (const p of problems) {
    if (p.field === 'checks') out.checks[p.check] = t('field.phone.validation.unchecked');
    else if (p.field === 'counts') {
      out.counts[p.productId] = t(
        p.reason === 'required' ? 'field.phone.validation.countRequired' : 'field.phone.validation.countInvalid',
      );
    } else out.note = t('field.phone.validation.noteTooLong', { n: NOTE_MAX_LENGTH });
  }
  return out;
}

/** What a signature form is missing (all at once). */
export interface SignatureProblems {
  signer: string;
  image: string;
}

/** Checks a signature form: a signer's name, and the drawing (or the paper's photo). */
export function signatureProblems(
  form: { signer: string; method: 'drawn' | 'paper_photo'; hasImage: boolean },
  t: Translate,
): SignatureProblems {
  const name = form.signer.trim();
  return {
    signer:
      name === ''
        ? t('field.phone.signature.signerRequired')
        : name.length > SIGNER_MAX_LENGTH
          ? t('field.phone.signature.signerTooLong')
          : '',
    image: form.hasImage
      ? ''
      : t(form.method === 'drawn' ? 'field.phone.signature.signatureRequired' : 'field.phone.signature.paperRequired'),
  };
}

/**
 * Why the server did not take an entry, in words: the error code's message, then each refused
 * field's reason where the UI has a label for it (`validation.<reason>`), else the reason itself.
 */
export function errorText(error: OutboxError | null, t: Translate, te: HasKey): string {
  if (!error) return '';
  const head = te(`errors.${error.code}`) ? t(`errors.${error.code}`) : error.message || error.code;
  const details = error.violations.map((v) => {
    const reason = te(`validation.${v.reason}`) ? t(`validation.${v.reason}`) : v.reason;
    return `${v.field}: ${reason}${v.detail ? ` (${v.detail})` : ''}`;
  });
  return [head, ...details].join('；');
}

/** The label of an outbox entry in the failed list ("装车记录", "安装照片", "签字"). */
export function entryLabel(entry: Pick<OutboxEntry, 'kind' | 'step'>, t: Translate): string {
  const step = entry.step ? t(`enums.fieldStep.${entry.step}`) : '';
  return t(`field.phone.failed.kind.${entry.kind}`, { step });
}

/** Why the server kept a record as a conflict, in words. */
export function conflictText(
  row: Pick<StepRow, 'conflictReason' | 'conflictStatus'>,
  t: Translate,
  te: HasKey,
): string {
  const known = ['illegal_transition', 'not_on_site'];
  const reason = t(
    `field.phone.step.conflictReasons.${known.includes(row.conflictReason) ? row.conflictReason : 'other'}`,
  );
  const status = te(`enums.jobStatus.${row.conflictStatus}`)
    ? t(`enums.jobStatus.${row.conflictStatus}`)
    : row.conflictStatus;
  return t('field.phone.step.conflict', { status, reason });
}

/** "2026-12-02 09:30" of an ISO time, China time (the seconds left out). */
export function shortTime(iso: string | null | undefined): string {
  return formatTimestamp(iso).slice(0, 16);
}

/** A document the crew has signed on the phone, and when it may be. */
export interface PhoneDocument {
  document: SignedDocumentKind;
  /** The step that must be recorded first (or the document that must be signed first). */
  after: 'installation' | 'arrival' | 'installation_receipt';
  /** The pieces are counted together with the signer (R-FLD-6/7). */
  counted: boolean;
  /** The test id prefix of its form (the receipt keeps the one the browser test knows). */
  testid: string;
}

/**
 * The documents signed on the phone for a job of `kind` (R-FLD-5..7): an installation has the
 * customer's receipt after the installation step, then the acceptance document (the supervisor
 * counts, the customer inspects); a dealer delivery has the delivery note, counted with the
 * dealer on arrival. The server's rule (signed_document.cpp, Needs) is the same.
 */
export function phoneDocumentsOf(kind: string): PhoneDocument[] {
  if (kind === 'dealer_delivery') {
    return [{ document: 'delivery_note', after: 'arrival', counted: true, testid: 'delivery-note' }];
  }
  return [
    { document: 'installation_receipt', after: 'installation', counted: false, testid: 'receipt' },
    { document: 'acceptance', after: 'installation_receipt', counted: true, testid: 'acceptance' },
  ];
}
