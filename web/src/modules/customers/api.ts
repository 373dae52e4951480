import { get, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Customer = Schemas['Customer'];
export type CustomerPage = Schemas['CustomerPage'];
export type CustomerInput = Schemas['CustomerInput'];
export type CustomerUpdate = Schemas['CustomerUpdate'];
export type CustomerKind = Schemas['CustomerKind'];
export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type Site = Schemas['Site'];
export type SitePage = Schemas['SitePage'];
export type SiteInput = Schemas['SiteInput'];
export type SiteUpdate = Schemas['SiteUpdate'];
export type ListCustomersQuery = QueryOf<'listCustomers'>;
export type ListSitesQuery = QueryOf<'listSites'>;

/** One page of end customers; `q` searches names and phones, the contacts' too. */
export function listCustomers(query: ListCustomersQuery, options?: RequestOptions): Promise<CustomerPage> {
  return get<CustomerPage>('/customers', query, options);
}

/** One customer with its contacts. */
export function getCustomer(id: number, options?: RequestOptions): Promise<Customer> {
  return get<Customer>(`/customers/${id}`, undefined, options);
}

/** Adds a customer with its contacts. */
export function createCustomer(body: CustomerInput, options?: RequestOptions): Promise<Customer> {
  return post<Customer>('/customers', body, options);
}

/** Replaces a customer and its contact list (contacts keep their ids); `version` as last read. */
export function updateCustomer(id: number, body: CustomerUpdate, options?: RequestOptions): Promise<Customer> {
  return put<Customer>(`/customers/${id}`, body, options);
}

/** One page of sites of a customer or a dealer, newest first (a dealer sees its own only). */
export function listSites(query: ListSitesQuery, options?: RequestOptions): Promise<SitePage> {
  return get<SitePage>('/sites', query, options);
}

/** One site with its division's name, place class and local flag. */
export function getSite(id: number, options?: RequestOptions): Promise<Site> {
  return get<Site>(`/sites/${id}`, undefined, options);
}

/** Adds a site; leave `latE6`/`lngE6` out unless a point was entered (the division's seat is used). */
export function createSite(body: SiteInput, options?: RequestOptions): Promise<Site> {
  return post<Site>('/sites', body, options);
}

/** Replaces a site; send `latE6`/`lngE6` only for a point the user entered or picked. */
export function updateSite(id: number, body: SiteUpdate, options?: RequestOptions): Promise<Site> {
  return put<Site>(`/sites/${id}`, body, options);
}
