import type { ErrorCode, ErrorDetails } from "../errors";

export interface ListMeta {
  page: number;
  pageSize: number;
  total: number;
  [extra: string]: unknown;
}

/** What a handler returns; the wrapper turns it into the `{data, meta}` envelope. */
export interface ApiResult<T = unknown> {
  data: T;
  meta?: Record<string, unknown>;
  status?: number;
  headers?: Record<string, string>;
}

export function ok<T>(data: T, options: Omit<ApiResult<T>, "data"> = {}): ApiResult<T> {
  return { data, ...options };
}

export function created<T>(data: T): ApiResult<T> {
  return { data, status: 201 };
}

export function paged<T>(page: { items: T[]; page: number; pageSize: number; total: number }, extra?: Record<string, unknown>): ApiResult<T[]> {
  return { data: page.items, meta: { page: page.page, pageSize: page.pageSize, total: page.total, ...extra } };
}

export function errorBody(code: ErrorCode, message: string, requestId: string, details?: ErrorDetails) {
  return { error: { code, message, ...(details ? { details } : {}), requestId } };
}
