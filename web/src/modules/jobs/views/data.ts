import type { FormItemRule, FormRules } from 'element-plus';
import {
  callKindValues,
  callOutcomeValues,
  jobFlagValues,
  jobKindValues,
  jobStatusValues,
  priorityValues,
} from '@/api/schema';
import type { ListColumn } from '@/components/data-list';
import type { ListQueryOptions } from '@/composables/use-list-query';
import type {
  Assignment,
  AssignmentInput,
  CallInput,
  CallKind,
  CallOutcome,
  Job,
  JobCall,
  JobDetail,
  JobEvent,
  JobFlag,
  JobKind,
  JobStatus,
  JobTransition,
  ListJobsQuery,
  NewJob,
  Priority,
} from '@/modules/jobs/api';
import { isRealDate } from '@/utils/dates';
import { formatTimestamp } from '@/utils/format';
import { isValidPhone } from '@/utils/phone';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const JOB_KINDS: readonly JobKind[] = jobKindValues;
export const JOB_STATUSES: readonly JobStatus[] = jobStatusValues;
export const JOB_FLAGS: readonly JobFlag[] = jobFlagValues;
export const PRIORITIES: readonly Priority[] = priorityValues;
export const CALL_KINDS: readonly CallKind[] = callKindValues;
export const CALL_OUTCOMES: readonly CallOutcome[] = callOutcomeValues;
/** The kinds a dealer's account may raise (the server uses the account's own dealer). */
export const DEALER_KINDS: readonly JobKind[] = ['dealer_delivery', 'dealer_installation'];
/** Kinds whose items the contract requires (installations and dealers' jobs). */
export const KINDS_WITH_ITEMS: readonly JobKind[] = ['installation', 'dealer_delivery', 'dealer_installation'];
/** Kinds whose notes say what is to be done (the server requires them: there may be no items). */
export const KINDS_NEEDING_NOTES: readonly JobKind[] = ['after_sales', 'other'];
/** Events that need a reason (the contract's EventInput.reason). */
export const EVENTS_WITH_REASON: readonly JobEvent[] = ['cancel', 'return_to_factory'];
/** States in which the office may (re)assign a crew. */
export const ASSIGNABLE_STATUSES: readonly JobStatus[] = ['new', 'scheduled', 'rework_scheduled'];

/** The contract's limits (schemas/jobs.yaml), so the form says what the server would. */
export const JOB_LIMITS = {
  contactNameMax: 50,
  sourceDocumentMax: 50,
  notesMax: 2000,
  reasonMax: 500,
  noteMax: 500,
  itemsMax: 200,
  quantityMax: 100000,
  piecesMax: 1000000,
  crewMin: 1,
  crewMax: 50,
  membersMax: 49,
} as const;

const includes = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** Whether a URL value is a job kind. */
export const isJobKind = (value: string): value is JobKind => includes(JOB_KINDS, value);
/** Whether a URL value is a job flag. */
export const isJobFlag = (value: string): value is JobFlag => includes(JOB_FLAGS, value);
/** Whether a URL value is one state or several, comma-separated (`new,scheduled`). */
export const isStatusList = (value: string): boolean =>
  value.split(',').every((part) => includes(JOB_STATUSES, part.trim()));
/** Whether a URL value is a record id. */
export const isId = (value: string): boolean => /^[1-9]\d{0,17}$/.test(value);
/** Whether a URL value is a GB/T 2260 division code. */
export const isDivisionCode = (value: string): boolean => /^[1-8]\d{5}$/.test(value);

/** The states of a comma-separated URL value, in the contract's order, each once. */
export function parseStatusList(value: string): JobStatus[] {
  const wanted = new Set(value.split(',').map((part) => part.trim()));
  return JOB_STATUSES.filter((status) => wanted.has(status));
}

/** The URL value of chosen states ('' for none). */
export function formatStatusList(statuses: readonly string[]): string {
  return parseStatusList(statuses.join(',')).join(',');
}

/** The job list's filters, as the URL carries them ('' = any). */
export interface JobFilters {
  [key: string]: string;
  q: string;
  /** One or more states, comma-separated. */
  status: string;
  kind: string;
  from: string;
  to: string;
  dealerId: string;
  /** A division code; the list holds jobs in it and in every division within it. */
  division: string;
  flag: string;
}

/** Filters, their defaults and URL checks of the job list (`/jobs?flag=unassigned` …). */
export const JOB_LIST_OPTIONS: ListQueryOptions<JobFilters> = {
  filters: { q: '', status: '', kind: '', from: '', to: '', dealerId: '', division: '', flag: '' },
  accept: {
    status: isStatusList,
    kind: isJobKind,
    from: isRealDate,
    to: isRealDate,
    dealerId: isId,
    division: isDivisionCode,
    flag: isJobFlag,
  },
  pageSize: 20,
};

/** The `GET /jobs` query of the list's filters. */
export function listJobsQuery(filters: Readonly<JobFilters>, page: number, pageSize: number): ListJobsQuery {
  return {
    q: filters.q.trim() || undefined,
    status: formatStatusList(filters.status.split(',')) || undefined,
    kind: isJobKind(filters.kind) ? filters.kind : undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    dealerId: filters.dealerId ? Number(filters.dealerId) : undefined,
    division: filters.division || undefined,
    flag: isJobFlag(filters.flag) ? filters.flag : undefined,
    page,
    pageSize,
  };
}

/** Element Plus tag type per state: done is green, stopped is grey/red, under way is blue/orange. */
export function statusTagType(status: JobStatus): 'primary' | 'success' | 'warning' | 'info' | 'danger' {
  switch (status) {
    case 'new':
      return 'info';
    case 'scheduled':
    case 'rework_scheduled':
      return 'primary';
    case 'loading':
    case 'en_route':
    case 'on_site':
      return 'warning';
    case 'installed':
    case 'delivered':
    case 'accepted':
    case 'closed':
      return 'success';
    default:
      return 'danger';
  }
}

/** The flags the server sent for a job (what the head must look at today), in the contract's order. */
export function jobFlagsOf(job: Pick<Job, 'flags'>): JobFlag[] {
  return JOB_FLAGS.filter((flag) => job.flags.includes(flag));
}

/** The date a job is planned for: the assignment's, else the requested one. */
export function plannedDate(job: Pick<Job, 'assignment' | 'requestedDate'>): string {
  return job.assignment?.date ?? job.requestedDate;
}

/** The window a job is planned for, `09:00–12:00`. */
export function windowText(job: Pick<Job, 'assignment' | 'windowStart' | 'windowEnd'>): string {
  const start = job.assignment?.windowStart ?? job.windowStart;
  const end = job.assignment?.windowEnd ?? job.windowEnd;
  return `${start}–${end}`;
}

/** The number of people on the crew (lead and members), or 0 without an assignment. */
export function crewSize(job: Pick<Job, 'assignment'>): number {
  return job.assignment ? 1 + job.assignment.members.length : 0;
}

/** The customer's or dealer's name of a job as the server sent it ('' when it sent none). */
export function partyNameOf(job: Pick<Job, 'customerName' | 'dealerName'>): string {
  return job.customerName || job.dealerName || '';
}

/** The site of a job in words: its county-level division and street, e.g. 历下区 经十路 100 号. */
export function addressOf(job: Pick<Job, 'divisionName' | 'siteStreet'>, division = job.divisionName): string {
  return [division, job.siteStreet].filter((part) => part).join(' ');
}

/** Names of the staff and vehicles the server left out (looked up, see use-job-refs.ts). */
export interface NameFallback {
  staff: (id: number) => string;
  vehicle: (id: number) => string;
}

/** Who and what an assignment names, in words. */
export interface AssignmentNames {
  lead: string;
  /** In the order of `members`. */
  members: string[];
  vehicle: string | null;
  driver: string | null;
}

/**
 * The names of an assignment: the server's (leadName, memberNames, vehiclePlate, driverName), each
 * one it left empty looked up by id (an assignment's answer carries none; lists carry no members').
 */
export function assignmentNames(a: Assignment, fallback: NameFallback): AssignmentNames {
  return {
    lead: a.leadName || fallback.staff(a.lead),
    members: a.members.map((id, i) => a.memberNames[i] || fallback.staff(id)),
    vehicle: a.vehicleId === null ? null : a.vehiclePlate || fallback.vehicle(a.vehicleId),
    driver: a.driver === null ? null : a.driverName || fallback.staff(a.driver),
  };
}

/** Whether the names of a job's assignment need a staff lookup (`members`: the member names too). */
export function needsStaffNames(job: Pick<Job, 'assignment'>, members = false): boolean {
  const a = job.assignment;
  if (!a) return false;
  if (!a.leadName || (a.driver !== null && !a.driverName)) return true;
  return members && a.members.some((_, i) => !a.memberNames[i]);
}

/** The names the list shows for a job (the server's, else looked up; see use-job-refs.ts). */
export interface JobNames {
  party: (job: Job) => string;
  division: (job: Job) => string;
  staff: (id: number) => string;
  vehicle: (id: number) => string;
}

/** The job list's columns (table, phone cards and export). */
export function jobColumns(t: Translate, names: JobNames): ListColumn<Job>[] {
  const crewText = (job: Job): string => {
    const a = job.assignment;
    if (!a) return '';
    const lead = assignmentNames(a, names).lead;
    return a.members.length ? t('jobs.list.crewText', { lead, n: crewSize(job) }) : lead;
  };
  return [
    { key: 'number', label: t('jobs.fields.number'), minWidth: 140, card: 'title', fixed: 'left' },
    { key: 'kind', label: t('jobs.fields.kind'), minWidth: 100, value: (row) => t(`enums.jobKind.${row.kind}`) },
    { key: 'status', label: t('jobs.fields.status'), minWidth: 80, value: (row) => t(`enums.jobStatus.${row.status}`) },
    { key: 'party', label: t('jobs.fields.party'), minWidth: 150, value: (row) => names.party(row) },
    { key: 'district', label: t('jobs.fields.district'), minWidth: 110, value: (row) => names.division(row) },
    {
      key: 'siteStreet',
      label: t('jobs.fields.street'),
      exportOnly: true,
      value: (row) => row.siteStreet,
    },
    {
      key: 'date',
      label: t('jobs.fields.dateWindow'),
      minWidth: 120,
      value: (row) => `${plannedDate(row)} ${windowText(row)}`,
      export: { kind: 'date', value: (row) => plannedDate(row) },
    },
    {
      key: 'window',
      label: t('jobs.fields.window'),
      exportOnly: true,
      value: (row) => windowText(row),
    },
    {
      key: 'totalPieces',
      label: t('jobs.fields.pieces'),
      minWidth: 60,
      align: 'right',
      export: { kind: 'number', value: (row) => row.totalPieces },
    },
    { key: 'crew', label: t('jobs.fields.crew'), minWidth: 110, value: crewText },
    {
      key: 'vehicle',
      label: t('jobs.assign.vehicleId'),
      exportOnly: true,
      value: (row) => (row.assignment ? (assignmentNames(row.assignment, names).vehicle ?? '') : ''),
    },
    {
      key: 'flags',
      label: t('jobs.fields.flags'),
      minWidth: 130,
      value: (row) =>
        jobFlagsOf(row)
          .map((flag) => t(`enums.jobFlag.${flag}`))
          .join('、'),
    },
    {
      key: 'priority',
      label: t('jobs.fields.priority'),
      exportOnly: true,
      value: (row) => t(`enums.priority.${row.priority}`),
    },
    { key: 'contactName', label: t('jobs.fields.contactName'), exportOnly: true },
    { key: 'contactPhone', label: t('jobs.fields.contactPhone'), exportOnly: true },
    { key: 'sourceDocument', label: t('jobs.fields.sourceDocument'), exportOnly: true },
    { key: 'raisedBy', label: t('jobs.fields.raisedBy'), exportOnly: true },
  ];
}

// ---------------------------------------------------------------------------------------------
// Intake

/** Who a job is for: an end customer or a dealer. */
export type JobParty = 'customer' | 'dealer';

/** The party a kind is for, or null when either may be (after-sales, rework, other). */
export function partyOfKind(kind: JobKind): JobParty | null {
  if (kind === 'installation') return 'customer';
  if (includes(DEALER_KINDS, kind)) return 'dealer';
  return null;
}

/** The kinds a user may raise: a dealer's account only its deliveries. */
export function kindsFor(dealerAccount: boolean): readonly JobKind[] {
  return dealerAccount ? DEALER_KINDS : JOB_KINDS;
}

/** One line of the items editor. */
export interface JobItemModel {
  /** A stable key for the row (v-for). */
  key: number;
  productId: number | undefined;
  quantity: number | undefined;
  pieces: number | undefined;
  /** The product's pieces per unit, when known (for the default pieces). */
  piecesPerUnit: number | null;
  /** The user typed the pieces: stop following quantity × pieces per unit. */
  piecesTouched: boolean;
}

/** What the intake form edits. */
export interface JobFormModel {
  kind: JobKind;
  party: JobParty;
  customerId: number | undefined;
  dealerId: number | undefined;
  siteId: number | undefined;
  contactName: string;
  contactPhone: string;
  requestedDate: string;
  windowStart: string;
  windowEnd: string;
  priority: Priority;
  sourceDocument: string;
  notes: string;
  originalJobId: number | undefined;
  crewRequested: number | undefined;
  items: JobItemModel[];
}

/** Fields of the intake form with a form item each (server violations go there). */
export const JOB_FORM_FIELDS = [
  'kind',
  'customerId',
  'dealerId',
  'siteId',
  'contactName',
  'contactPhone',
  'requestedDate',
  'windowStart',
  'windowEnd',
  'priority',
  'sourceDocument',
  'notes',
  'originalJobId',
  'crewRequested',
  'items',
] as const;

let itemKey = 0;

/** An empty line of the items editor. */
export function emptyItem(): JobItemModel {
  itemKey += 1;
  return {
    key: itemKey,
    productId: undefined,
    quantity: 1,
    pieces: undefined,
    piecesPerUnit: null,
    piecesTouched: false,
  };
}

/** An empty intake form of a kind (requested for `date`, 09:00–17:00). */
export function emptyJobForm(kind: JobKind, date: string): JobFormModel {
  return {
    kind,
    party: partyOfKind(kind) ?? 'customer',
    customerId: undefined,
    dealerId: undefined,
    siteId: undefined,
    contactName: '',
    contactPhone: '',
    requestedDate: date,
    windowStart: '09:00',
    windowEnd: '17:00',
    priority: 'normal',
    sourceDocument: '',
    notes: '',
    originalJobId: undefined,
    crewRequested: undefined,
    items: KINDS_WITH_ITEMS.includes(kind) ? [emptyItem()] : [],
  };
}

/** The party of the form: fixed by the kind, else the user's choice. */
export function formParty(form: Pick<JobFormModel, 'kind' | 'party'>): JobParty {
  return partyOfKind(form.kind) ?? form.party;
}

/** The pieces a line ships as by default: quantity × the product's pieces per unit. */
export function defaultPieces(quantity: number | undefined, piecesPerUnit: number | null): number | undefined {
  if (quantity === undefined || piecesPerUnit === null || !Number.isInteger(quantity)) return undefined;
  return quantity * piecesPerUnit;
}

/** A TimeOfDay of the contract: HH:MM from 00:00 to 23:59, or 24:00. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(value);
}

/** Why a window is refused (a validation reason key), or null when it is fine. */
export function windowProblem(start: string, end: string): string | null {
  if (!start || !end) return null;
  if (!isTimeOfDay(start) || !isTimeOfDay(end)) return 'invalid_time';
  return start < end ? null : 'window_order';
}

/** Why a requested date is refused (a validation reason key), or null. */
export function dateProblem(date: string, today: string): string | null {
  if (!date) return null;
  if (!isRealDate(date)) return 'invalid_date';
  return date < today ? 'date_in_past' : null;
}

/** Why one items line is refused, per field (validation reason keys). */
export function itemProblems(item: JobItemModel): Partial<Record<'productId' | 'quantity' | 'pieces', string>> {
  const out: Partial<Record<'productId' | 'quantity' | 'pieces', string>> = {};
  if (item.productId === undefined) out.productId = 'required';
  const q = item.quantity;
  if (q === undefined) out.quantity = 'required';
  else if (!Number.isInteger(q) || q < 1) out.quantity = 'must_be_positive';
  else if (q > JOB_LIMITS.quantityMax) out.quantity = 'too_large';
  const p = item.pieces;
  if (p !== undefined && (!Number.isInteger(p) || p < 0)) out.pieces = 'invalid_value';
  else if (p !== undefined && p > JOB_LIMITS.piecesMax) out.pieces = 'too_large';
  return out;
}

function validator(check: (value: unknown) => string | null, t: Translate): Validator {
  return (_rule, value, callback) => {
    const reason = check(value);
    if (reason) callback(new Error(t(`validation.${reason}`)));
    else callback();
  };
}

/**
 * Client-side rules of the intake form, as the contract states them, so every error shows in one
 * pass; the server re-checks and may add its own (mapped onto the same fields).
 */
export function jobFormRules(
  t: Translate,
  form: JobFormModel,
  options: { today: string; dealerAccount: boolean },
): FormRules {
  const required = (trigger: 'blur' | 'change'): FormItemRule => ({
    required: true,
    message: t('validation.required'),
    trigger,
  });
  const needs = (when: () => boolean, trigger: 'blur' | 'change' = 'change'): FormItemRule => ({
    validator: validator(
      (value) => (when() && (value === undefined || value === null || value === '') ? 'required' : null),
      t,
    ),
    trigger,
  });
  const max = (n: number): FormItemRule => ({
    max: n,
    message: t('validation.client.maxLength', { n }),
    trigger: 'blur',
  });
  return {
    kind: [required('change')],
    customerId: [needs(() => formParty(form) === 'customer')],
    dealerId: [needs(() => formParty(form) === 'dealer' && !options.dealerAccount)],
    siteId: [required('change')],
    contactName: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      max(JOB_LIMITS.contactNameMax),
    ],
    contactPhone: [
      required('blur'),
      {
        validator: validator(
          (value) =>
            typeof value === 'string' && value.trim() && !isValidPhone(value.trim()) ? 'invalid_phone' : null,
          t,
        ),
        trigger: 'blur',
      },
    ],
    requestedDate: [
      required('change'),
      { validator: validator((value) => dateProblem(String(value ?? ''), options.today), t), trigger: 'change' },
    ],
    windowStart: [
      required('change'),
      { validator: validator(() => windowProblem(form.windowStart, form.windowEnd), t), trigger: 'change' },
    ],
    windowEnd: [
      required('change'),
      { validator: validator(() => windowProblem(form.windowStart, form.windowEnd), t), trigger: 'change' },
    ],
    priority: [required('change')],
    sourceDocument: [max(JOB_LIMITS.sourceDocumentMax)],
    notes: [needs(() => KINDS_NEEDING_NOTES.includes(form.kind), 'blur'), max(JOB_LIMITS.notesMax)],
    originalJobId: [needs(() => form.kind === 'rework')],
    crewRequested: [
      {
        validator: validator((value) => {
          if (form.kind !== 'dealer_installation' || value === undefined || value === null || value === '') return null;
          const n = Number(value);
          return Number.isInteger(n) && n >= JOB_LIMITS.crewMin && n <= JOB_LIMITS.crewMax ? null : 'invalid_value';
        }, t),
        trigger: 'change',
      },
    ],
    items: [
      {
        validator: validator(() => {
          if (KINDS_WITH_ITEMS.includes(form.kind) && form.items.length === 0) return 'items_required';
          return form.items.length > JOB_LIMITS.itemsMax ? 'too_many_items' : null;
        }, t),
        trigger: 'change',
      },
    ],
  };
}

/** Rules of one items line's fields (bound on each line's form items). */
export function itemRules(
  t: Translate,
  item: () => JobItemModel,
): Record<'productId' | 'quantity' | 'pieces', FormItemRule[]> {
  const rule = (field: 'productId' | 'quantity' | 'pieces'): FormItemRule[] => [
    { validator: validator(() => itemProblems(item())[field] ?? null, t), trigger: 'change' },
  ];
  return { productId: rule('productId'), quantity: rule('quantity'), pieces: rule('pieces') };
}

/** The `POST /jobs` body of the form: only what the kind uses, texts trimmed. */
export function toNewJob(form: JobFormModel, dealerAccount: boolean): NewJob {
  const party = formParty(form);
  const body: NewJob = {
    kind: form.kind,
    siteId: form.siteId ?? 0,
    contactName: form.contactName.trim(),
    contactPhone: form.contactPhone.trim(),
    requestedDate: form.requestedDate,
    windowStart: form.windowStart,
    windowEnd: form.windowEnd,
    priority: form.priority,
  };
  if (party === 'customer' && form.customerId !== undefined) body.customerId = form.customerId;
  if (party === 'dealer' && !dealerAccount && form.dealerId !== undefined) body.dealerId = form.dealerId;
  if (form.sourceDocument.trim()) body.sourceDocument = form.sourceDocument.trim();
  if (form.notes.trim()) body.notes = form.notes.trim();
  if (form.kind === 'rework' && form.originalJobId !== undefined) body.originalJobId = form.originalJobId;
  if (form.kind === 'dealer_installation' && form.crewRequested !== undefined) body.crewRequested = form.crewRequested;
  if (form.items.length > 0) {
    body.items = form.items.map((item) => {
      const pieces = item.pieces ?? defaultPieces(item.quantity, item.piecesPerUnit);
      return {
        productId: item.productId ?? 0,
        quantity: item.quantity ?? 0,
        ...(pieces === undefined ? {} : { pieces }),
      };
    });
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Assignment

/** What the assignment dialog edits. */
export interface AssignFormModel {
  lead: number | undefined;
  members: number[];
  vehicleId: number | undefined;
  driver: number | undefined;
  date: string;
  windowStart: string;
  windowEnd: string;
}

/** Fields of the assignment dialog (server violations go there; `members[i]` to members). */
export const ASSIGN_FORM_FIELDS = [
  'lead',
  'members',
  'vehicleId',
  'driver',
  'date',
  'windowStart',
  'windowEnd',
] as const;

/** The assignment form of a job: its current assignment, else its request. */
export function assignFormOf(job: Job): AssignFormModel {
  const a = job.assignment;
  return {
    lead: a?.lead,
    members: a ? [...a.members] : [],
    vehicleId: a?.vehicleId ?? undefined,
    driver: a?.driver ?? undefined,
    date: a?.date ?? job.requestedDate,
    windowStart: a?.windowStart ?? job.windowStart,
    windowEnd: a?.windowEnd ?? job.windowEnd,
  };
}

/** Client-side rules of the assignment dialog. */
export function assignRules(t: Translate, form: AssignFormModel, today: string): FormRules {
  return {
    lead: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    members: [
      {
        validator: validator(() => {
          if (form.members.length > JOB_LIMITS.membersMax) return 'too_many_members';
          return form.lead !== undefined && form.members.includes(form.lead) ? 'lead_in_members' : null;
        }, t),
        trigger: 'change',
      },
    ],
    date: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      { validator: validator(() => dateProblem(form.date, today), t), trigger: 'change' },
    ],
    windowStart: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      { validator: validator(() => windowProblem(form.windowStart, form.windowEnd), t), trigger: 'change' },
    ],
    windowEnd: [
      { required: true, message: t('validation.required'), trigger: 'change' },
      { validator: validator(() => windowProblem(form.windowStart, form.windowEnd), t), trigger: 'change' },
    ],
  };
}

/** The `POST /jobs/{id}/assignment` body. */
export function toAssignmentInput(form: AssignFormModel, version: number): AssignmentInput {
  const body: AssignmentInput = {
    lead: form.lead ?? 0,
    members: form.members.filter((id) => id !== form.lead),
    date: form.date,
    windowStart: form.windowStart,
    windowEnd: form.windowEnd,
    version,
  };
  if (form.vehicleId !== undefined) body.vehicleId = form.vehicleId;
  if (form.driver !== undefined) body.driver = form.driver;
  return body;
}

// ---------------------------------------------------------------------------------------------
// Calls and events

/** What the call dialog edits; `newEta` is a wall-clock time in Asia/Shanghai, `YYYY-MM-DD HH:mm`. */
export interface CallFormModel {
  kind: CallKind;
  outcome: CallOutcome;
  newEta: string;
  note: string;
}

/** Rules of the call dialog: a changed arrival needs the new time. */
export function callRules(t: Translate, form: CallFormModel): FormRules {
  return {
    kind: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    outcome: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    newEta: [
      {
        validator: validator(
          () => (form.outcome === 'changed' && form.kind === 'eta' && !form.newEta ? 'required' : null),
          t,
        ),
        trigger: 'change',
      },
    ],
    note: [
      {
        max: JOB_LIMITS.noteMax,
        message: t('validation.client.maxLength', { n: JOB_LIMITS.noteMax }),
        trigger: 'blur',
      },
    ],
  };
}

/**
 * The arrival to tell the customer in the ETA call (R-DSP-5), as `YYYY-MM-DD HH:mm` China time:
 * the latest ETA a call changed, else the start of the scheduled window (a plan's arrival time,
 * R-DSP-4). Null while the job has no crew.
 */
export function expectedArrival(job: Pick<JobDetail, 'assignment' | 'calls'>): string | null {
  const changed = job.calls.filter((c) => c.kind === 'eta' && c.newEta).sort((a, b) => a.at.localeCompare(b.at));
  const latest = changed[changed.length - 1]?.newEta;
  if (latest) return formatTimestamp(latest).slice(0, 16);
  const a = job.assignment;
  return a ? `${a.date} ${a.windowStart}` : null;
}

/** The `POST /jobs/{id}/calls` body; the ETA is sent with the +08:00 offset it was entered in. */
export function toCallInput(form: CallFormModel): CallInput {
  const body: CallInput = { kind: form.kind, outcome: form.outcome };
  if (form.newEta) body.newEta = `${form.newEta.replace(' ', 'T')}:00+08:00`;
  if (form.note.trim()) body.note = form.note.trim();
  return body;
}

/** Rules of the reason asked before cancelling or returning to the factory. */
export function reasonRules(t: Translate): FormRules {
  return {
    reason: [
      { required: true, whitespace: true, message: t('validation.reason_required'), trigger: 'blur' },
      {
        max: JOB_LIMITS.reasonMax,
        message: t('validation.client.maxLength', { n: JOB_LIMITS.reasonMax }),
        trigger: 'blur',
      },
    ],
  };
}

/**
 * The order the detail shows the events in: forward first, then the side exits. schedule_rework is
 * left out: a rework is a job of its own with a promised date (R-FLD-8, the rework part of the
 * page), not the finished job put back in the schedule.
 */
export function orderEvents(events: readonly JobEvent[]): JobEvent[] {
  const danger = new Set<JobEvent>(['cancel', 'return_to_factory', 'unschedule']);
  const shown = events.filter((e) => e !== 'schedule_rework');
  return [...shown.filter((e) => !danger.has(e)), ...shown.filter((e) => danger.has(e))];
}

/** One entry of a job's timeline: a transition or a call. */
export type TimelineEntry =
  { type: 'transition'; at: string; entry: JobTransition } | { type: 'call'; at: string; entry: JobCall };

/** Transitions and calls of a job, newest first (equal times: the order the server sent). */
export function timelineOf(detail: Pick<JobDetail, 'transitions' | 'calls'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...detail.transitions.map((entry) => ({ type: 'transition' as const, at: entry.at, entry })),
    ...detail.calls.map((entry) => ({ type: 'call' as const, at: entry.at, entry })),
  ];
  return entries
    .map((entry, index) => ({ entry, index, time: Date.parse(entry.at) }))
    .sort((a, b) => (b.time || 0) - (a.time || 0) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** A weight in grams as kilograms with one decimal; a volume in litres as m³ with two. */
export function formatWeight(grams: number): string {
  return (Math.round(grams / 100) / 10).toFixed(1);
}

/** A volume in litres as cubic metres with two decimals. */
export function formatVolume(litres: number): string {
  return (Math.round(litres / 10) / 100).toFixed(2);
}
