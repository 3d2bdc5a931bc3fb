/**
 * Why a recording URL could not be fetched, and the status the API should
 * answer with. The 4xx codes are the caller's URL (fix it and retry); 504 says
 * the other server was too slow, which a retry later may fix. UNREACHABLE and
 * HTTP_ERROR are 422 rather than 502: the request was well formed, but the URL
 * it names cannot be processed, and nothing on our side failed.
 */
export const DOWNLOAD_ERROR_STATUS = {
  BAD_URL: 400,
  PRIVATE_ADDRESS: 400,
  TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  HTTP_ERROR: 422,
  TOO_MANY_REDIRECTS: 422,
  UNREACHABLE: 422,
  TIMEOUT: 504,
} as const;

export type DownloadErrorCode = keyof typeof DOWNLOAD_ERROR_STATUS;

export type DownloadErrorDetails = {
  /** Host name only: paths and query strings can carry signed tokens. */
  host?: string;
  /** The remote server's HTTP status, for HTTP_ERROR. */
  httpStatus?: number;
  limitBytes?: number;
  contentType?: string;
};

export class DownloadError extends Error {
  readonly code: DownloadErrorCode;
  readonly details: DownloadErrorDetails;

  constructor(code: DownloadErrorCode, message: string, details: DownloadErrorDetails = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = "DownloadError";
    this.code = code;
    this.details = details;
  }

  /** Suggested HTTP status for an API answering synchronously. */
  get status(): number {
    return DOWNLOAD_ERROR_STATUS[this.code];
  }
}
