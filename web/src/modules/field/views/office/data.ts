import type { FormItemRule } from 'element-plus';
import type { MissingDocument, SignedDocument } from '../../office-api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The longest resolution the server takes. */
export const RESOLUTION_MAX = 500;

/** The resolution of an incident is required and not blank. */
export function resolutionRules(t: Translate): Record<string, FormItemRule[]> {
  return {
    resolution: [
      {
        validator: (_rule, value: string, callback) =>
          value && value.trim() ? callback() : callback(new Error(t('field.office.resolutionRequired'))),
        trigger: 'blur',
      },
    ],
  };
}

/** One line of the clerk's list: a copy still to chase, with the document it belongs to. */
export interface CopyRow {
  document: SignedDocument;
  copy: SignedDocument['copies'][number];
}

/** The copies not yet returned or filed, document by document, missing ones first. */
export function outstandingCopies(documents: readonly SignedDocument[]): CopyRow[] {
  const rows: CopyRow[] = [];
  for (const document of documents) {
    for (const copy of document.copies) {
      if (copy.state === 'pending' || copy.state === 'missing' || copy.state === 'handed_over') {
        rows.push({ document, copy });
      }
    }
  }
  const rank = (row: CopyRow) => (row.copy.state === 'missing' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || a.document.jobNumber.localeCompare(b.document.jobNumber));
}

/** A stable key for a missing document (a job may miss two). */
export function missingKey(row: MissingDocument): string {
  return `${row.jobId}-${row.kind}`;
}
