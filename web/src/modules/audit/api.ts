import { get, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

/**
 * One audit entry. `displayName` (the person's name) is being added by the server; until the
 * contract has it, it may be absent and the page falls back to the login name.
 */
export type AuditEntry = Schemas['AuditEntry'] & { displayName?: string | null };
export type AuditPage = Omit<Schemas['AuditPage'], 'items'> & { items: AuditEntry[] };
export type AuditEvent = Schemas['AuditEvent'];
export type ListAuditQuery = QueryOf<'listAudit'>;

/** One page of the audit trail, newest first. */
export function listAudit(query: ListAuditQuery, options?: RequestOptions): Promise<AuditPage> {
  return get<AuditPage>('/audit', query, options);
}

/** The kinds of audited change every capability declares (entity type and action), for the filters. */
export function listAuditEvents(options?: RequestOptions): Promise<AuditEvent[]> {
  return get<AuditEvent[]>('/audit/events', undefined, options);
}
