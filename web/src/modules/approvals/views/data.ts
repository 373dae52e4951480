import type { FormRules } from 'element-plus';
import { approvalStatusValues, claimLineKindValues, fareClassValues, gradeValues } from '@/api/schema';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { Approval, ApprovalStatus } from '@/modules/approvals/api';
import { formatTimestamp } from '@/utils/format';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Knows = (key: string) => boolean;

export const APPROVAL_STATUSES: readonly ApprovalStatus[] = approvalStatusValues;

/** Whether a URL value is an approval status (for the list's filter). */
export const isApprovalStatus = (value: string): value is ApprovalStatus =>
  (APPROVAL_STATUSES as readonly string[]).includes(value);

/** Sorts the inbox may ask the server for: none in the contract (server order: newest first). */
export const APPROVAL_SORTS: readonly SortOf<'listApprovals'>[] = [];

/** The kind of request promotion overrides are filed under (R-ORG-2). */
export const PROMOTION_OVERRIDE = 'promotion_override';

/** A promotion request's summary as the server writes it: "张三: intern → technician (2 of 3 months)". */
export interface PromotionSummary {
  name: string;
  from: string;
  to: string;
  months: number;
  required: number;
}

const isGrade = (value: string): boolean => (gradeValues as readonly string[]).includes(value);

/**
 * Reads a promotion request's summary. FOLLOW-UP(server): the Approval carries the summary as one
 * English sentence; with structured fields (subject name, from and to grade) this parsing goes.
 */
export function parsePromotionSummary(summary: string): PromotionSummary | null {
  const match = /^(.+): (\w+) → (\w+) \((\d+) of (\d+) months\)$/.exec(summary);
  if (!match) return null;
  const [, name, from, to, months, required] = match;
  if (!name || !from || !to || !isGrade(from) || !isGrade(to)) return null;
  return { name, from, to, months: Number(months), required: Number(required) };
}

/** The kind of request a claim line's leader approval is filed under (R-EXP-1/5). */
export const EXPENSE_LINE = 'expense_line';

/** A claim line request's summary as the server writes it: "张伟: 2026-11-23 taxi 45.00 yuan (安装)". */
export interface ExpenseLineSummary {
  name: string;
  date: string;
  /** A fare class for fares ("taxi"), else the line kind ("lodging"). */
  what: string;
  yuan: string;
  purpose: string;
}

const isFareClass = (value: string): boolean => (fareClassValues as readonly string[]).includes(value);
const isLineKind = (value: string): boolean => (claimLineKindValues as readonly string[]).includes(value);

/** Reads a claim line request's summary (null when it is not in the server's form). */
export function parseExpenseLineSummary(summary: string): ExpenseLineSummary | null {
  const match = /^(.+): (\d{4}-\d{2}-\d{2}) (\w+) (\d+\.\d{2}) yuan \((.*)\)$/.exec(summary);
  if (!match) return null;
  const [, name, date, what, yuan, purpose] = match;
  if (!name || !date || !what || !yuan || purpose === undefined) return null;
  if (!isFareClass(what) && !isLineKind(what)) return null;
  return { name, date, what, yuan, purpose };
}

/** The request's summary in the user's language (the server's text when it cannot be read). */
export function approvalSummary(t: Translate, approval: Pick<Approval, 'kind' | 'summary'>): string {
  if (approval.kind === PROMOTION_OVERRIDE) {
    const parsed = parsePromotionSummary(approval.summary);
    if (parsed) {
      return t('approvals.summary.promotion', {
        name: parsed.name,
        from: t(`enums.grade.${parsed.from}`),
        to: t(`enums.grade.${parsed.to}`),
        months: parsed.months,
        required: parsed.required,
      });
    }
  }
  if (approval.kind === EXPENSE_LINE) {
    const parsed = parseExpenseLineSummary(approval.summary);
    if (parsed) {
      return t('approvals.summary.expenseLine', {
        name: parsed.name,
        date: parsed.date,
        what: isFareClass(parsed.what) ? t(`enums.fareClass.${parsed.what}`) : t(`enums.claimLineKind.${parsed.what}`),
        yuan: parsed.yuan,
        purpose: parsed.purpose,
      });
    }
  }
  return approval.summary;
}

/** The kind of a request in words ("破格晋级申请"); an unknown kind is shown as it comes. */
export function kindLabel(t: Translate, te: Knows, kind: string): string {
  const key = `approvals.kinds.${kind}`;
  return /^[a-z0-9_]+$/.test(kind) && te(key) ? t(key) : kind;
}

/** Who asked and when: "王建国 · 2026-05-01 09:30". */
export function requestedText(approval: Pick<Approval, 'requestedBy' | 'requestedAt'>): string {
  return `${approval.requestedBy} · ${formatTimestamp(approval.requestedAt)}`;
}

/** The decision in one line: who, when and why (empty while pending). */
export function decisionText(
  t: Translate,
  approval: Pick<Approval, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason'>,
): string {
  if (approval.status === 'pending') return '';
  const who = `${approval.decidedBy ?? ''} · ${formatTimestamp(approval.decidedAt)}`;
  return approval.decisionReason ? t('approvals.decisionWithReason', { who, reason: approval.decisionReason }) : who;
}

/** Element Plus tag type per status. */
export function statusTagType(status: ApprovalStatus): 'warning' | 'success' | 'info' {
  if (status === 'pending') return 'warning';
  return status === 'approved' ? 'success' : 'info';
}

/** The inbox's columns (table, phone cards and export). */
export function approvalColumns(t: Translate, te: Knows): ListColumn<Approval>[] {
  return [
    {
      key: 'summary',
      label: t('approvals.fields.summary'),
      minWidth: 240,
      card: 'title',
      value: (row) => approvalSummary(t, row),
    },
    { key: 'kind', label: t('approvals.fields.kind'), minWidth: 120, value: (row) => kindLabel(t, te, row.kind) },
    { key: 'reason', label: t('approvals.fields.reason'), minWidth: 200 },
    { key: 'requested', label: t('approvals.fields.requested'), minWidth: 170, value: (row) => requestedText(row) },
    {
      key: 'status',
      label: t('approvals.fields.status'),
      minWidth: 90,
      value: (row) => t(`enums.approvalStatus.${row.status}`),
    },
    { key: 'decision', label: t('approvals.fields.decision'), minWidth: 200, value: (row) => decisionText(t, row) },
    {
      key: 'requestedAt',
      label: t('approvals.fields.requestedAt'),
      exportOnly: true,
      value: (row) => formatTimestamp(row.requestedAt),
    },
  ];
}

/** Rules of the decision dialog: a rejection needs a reason (the server says so too). */
export function decisionRules(t: Translate, approve: () => boolean): FormRules {
  return {
    reason: [
      {
        validator: (_rule: unknown, value: string, callback: (error?: Error) => void) => {
          if (!approve() && !value.trim()) callback(new Error(t('approvals.decide.reasonRequired')));
          else callback();
        },
        trigger: 'blur',
      },
      { max: 500, message: t('validation.client.maxLength', { n: 500 }), trigger: 'blur' },
    ],
  };
}
