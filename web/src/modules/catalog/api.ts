import { get, post, put, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type Product = Schemas['Product'];
export type ProductPage = Schemas['ProductPage'];
export type ProductInput = Schemas['ProductInput'];
export type ProductUpdate = Schemas['ProductUpdate'];
export type ProductImport = Schemas['ProductImport'];
export type ProductImportResult = Schemas['ProductImportResult'];
export type ListProductsQuery = QueryOf<'listProducts'>;

/** One page of products, searched with `q` and filtered by series and active. */
export function listProducts(query: ListProductsQuery, options?: RequestOptions): Promise<ProductPage> {
  return get<ProductPage>('/products', query, options);
}

/** One product. */
export function getProduct(id: number, options?: RequestOptions): Promise<Product> {
  return get<Product>(`/products/${id}`, undefined, options);
}

/** Adds a product; a model already in the catalogue (ignoring case) is ALREADY_EXISTS. */
export function createProduct(body: ProductInput, options?: RequestOptions): Promise<Product> {
  return post<Product>('/products', body, options);
}

/** Replaces a product's fields; `version` must be the one last read. */
export function updateProduct(id: number, body: ProductUpdate, options?: RequestOptions): Promise<Product> {
  return put<Product>(`/products/${id}`, body, options);
}

/**
 * Imports parsed sheet rows (at most 2,000) all or nothing: a bad row is a 400 whose violations name
 * it (`rows[3].model` duplicate …) and nothing is stored.
 */
export function importProducts(body: ProductImport, options?: RequestOptions): Promise<ProductImportResult> {
  return post<ProductImportResult>('/products/import', body, options);
}

export type SeriesWarranty = Schemas['SeriesWarranty'];
export type SeriesWarrantyInput = Schemas['SeriesWarrantyInput'];
export type SeriesWarrantyList = Schemas['SeriesWarrantyList'];

/**
 * Every series of the catalogue and every version of their warranties (R-FLD-4), by series then
 * newest first; a version is in force from its validFrom until the next one of the same series.
 */
export function listSeriesWarranties(options?: RequestOptions): Promise<SeriesWarrantyList> {
  return get<SeriesWarrantyList>('/product-series/warranties', undefined, options);
}

/**
 * A new version of a series' warranty from today (China) or a later day; past versions are never
 * changed. A second version of the series on the same day is 409 (`validFrom` duplicate).
 */
export function setSeriesWarranty(body: SeriesWarrantyInput, options?: RequestOptions): Promise<SeriesWarranty> {
  return post<SeriesWarranty>('/product-series/warranties', body, options);
}
