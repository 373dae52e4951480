import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { Dealer } from '@/modules/dealers/api';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Sorts the dealer list may ask the server for. FOLLOW-UP(sort): empty until `GET /dealers`
 * declares `sort` in the contract (server order: name by code point, then id).
 */
export const DEALER_SORTS: readonly SortOf<'listDealers'>[] = [];

/** The dealer list's columns (table, phone cards and export). */
export function dealerColumns(t: Translate): ListColumn<Dealer>[] {
  const sortable = (key: string): boolean => (DEALER_SORTS as readonly string[]).includes(key);
  return [
    { key: 'name', label: t('dealers.name'), minWidth: 180, card: 'title', sortable: sortable('name') },
    { key: 'contact', label: t('dealers.contact'), minWidth: 100 },
    { key: 'phone', label: t('dealers.phone'), minWidth: 130 },
    { key: 'city', label: t('dealers.city'), minWidth: 100, sortable: sortable('city') },
  ];
}
