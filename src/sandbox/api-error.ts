/**
 * Errors as Intercom sends them: an HTTP status plus one `error.list` entry. Model and
 * route code throw `ApiError`; the server turns it into the response body.
 */
import { randomUUID } from 'node:crypto';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface ErrorListBody {
  type: 'error.list';
  request_id: string;
  errors: { code: string; message: string }[];
}

/** Every error carries a fresh request id, as Intercom's do. */
export function errorListBody(code: string, message: string): ErrorListBody {
  return { type: 'error.list', request_id: randomUUID(), errors: [{ code, message }] };
}

export function notFound(): ApiError {
  return new ApiError(404, 'not_found', 'Resource Not Found');
}

/** A required body field is missing ("Name is a required parameter." is Intercom's wording). */
export function missingParameter(label: string): ApiError {
  return new ApiError(400, 'parameter_not_found', `${label} is a required parameter.`);
}

export function invalidParameter(message: string): ApiError {
  return new ApiError(400, 'parameter_invalid', message);
}
