// Calls the server's API with the session cookie the browser holds; changes carry the session's CSRF token, which
// lives only in this module's memory.

export const SIGN_IN_PATH = '/ui/sign-in';
export const SESSION_PATH = '/ui/session';
export const PROVIDERS_PATH = '/ui/sign-in/providers';

let csrfToken = null;
let sessionEnded = () => {};

/** A call the server refused or could not answer; `field` names the input at fault for a 400. */
export class ApiFailure extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field ?? null;
  }
}

/** A call refused because the session is over; the sign-in form has already been shown. */
export class SessionEnded extends ApiFailure {}

export function onSessionEnded(callback) {
  sessionEnded = callback;
}

export function useSession(session) {
  csrfToken = session ? session.csrfToken : null;
}

export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiFailure(0, 'The server could not be reached. Check the connection and try again.');
  }
  if (response.status === 204) return null;
  const payload = await response.json().catch(() => null);
  if (response.ok) return payload;
  const message = payload?.error ?? `The server answered ${response.status}.`;
  // Only a data call can find its session gone; the sign-in and session calls answer their own 401s.
  if (response.status === 401 && path !== SIGN_IN_PATH && path !== SESSION_PATH) {
    csrfToken = null;
    sessionEnded('Your session has expired or was ended. Sign in again to continue.');
    throw new SessionEnded(401, message);
  }
  throw new ApiFailure(response.status, message, payload?.field);
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const remove = (path) => request('DELETE', path);

/** A path with query parameters; empty ones are left out. */
export function withQuery(path, parameters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
