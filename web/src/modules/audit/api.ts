import { get } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type ListAuditQuery = QueryOf<'listAudit'>;

/** One page of the audit trail, newest first. */
export function listAudit(query: ListAuditQuery): Promise<AuditPage> {
  return get<AuditPage>('/audit', query);
}
