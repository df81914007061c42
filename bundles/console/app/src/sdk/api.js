// The API client of the console and of domain pages: the user's credentials on every call, the platform's error
// format ({code, message, field?, allowed?}) as ApiError, JSON in and out.
const state = {
  base: '/api/v1',
  authorization: async () => null,
  onUnauthorized: () => {},
};

/** Set by the console at start: the API base, how to get the Authorization header, what to do on a 401. */
export function configure(options) {
  Object.assign(state, options);
}

export class ApiError extends Error {
  constructor(status, body = {}) {
    super(body.message || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code || 'HTTP_' + status;
    this.field = body.field || null;
    this.allowed = body.allowed || null;
  }

  static async from(response) {
    let body = {};
    try {
      const type = response.headers.get('Content-Type') || '';
      if (type.includes('json')) body = await response.json();
    } catch {
      body = {};
    }
    return new ApiError(response.status, body);
  }

  /** A message for people: the API's own, with the field it names. */
  get display() {
    if (this.status === 0) return '无法连接服务器，请检查网络后重试';
    if (this.status === 401) return '登录已失效，请重新登录';
    if (this.status === 403) return `无权执行此操作：${this.message}`;
    if (this.status >= 500) return `服务器暂时无法处理（${this.status}），请稍后重试`;
    return this.field ? `${this.field}：${this.message}` : this.message;
  }
}

/** The URL of an API path with its query (null, undefined and '' values left out). */
export function apiUrl(path, query) {
  const url = path.startsWith('http') ? path : state.base + (path.startsWith('/') ? path : '/' + path);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query || {})) {
    if (v === null || v === undefined || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) params.append(k, String(one));
  }
  const qs = params.toString();
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}

export async function authorization() {
  return state.authorization();
}

/**
 * Calls the API. {@code body}: an object (sent as JSON), a FormData (multipart) or a string (JSON text).
 * Resolves to the parsed JSON (null for 204); rejects with ApiError, status 0 when the server is unreachable.
 */
export async function api(path, { method = 'GET', body, query, headers = {}, signal, raw = false } = {}) {
  const h = { Accept: 'application/json', ...headers };
  const auth = await state.authorization();
  if (auth) h.Authorization = auth;
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof FormData)) {
    h['Content-Type'] = 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(apiUrl(path, query), { method, headers: h, body: payload, signal });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器' });
  }
  if (response.status === 401) state.onUnauthorized();
  if (!response.ok) throw await ApiError.from(response);
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** The file name a response offers (RFC 6266 filename*, else filename). */
export function fileNameOf(disposition, fallback = 'download') {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/** Downloads an API resource (an export) as a file, with the user's credentials. */
export async function download(path, query, fallbackName) {
  const response = await api(path, { query, raw: true, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return { name, size: blob.size, ...exportCounts(response.headers) };
}

/** An object URL of an API resource (an evidence photo), for <img src>; revoke it when done. */
export async function objectUrl(path) {
  const response = await api(path, { raw: true, headers: { Accept: '*/*' } });
  return URL.createObjectURL(await response.blob());
}

/**
 * What an export's headers say: the records the filters select (`total`; a lower bound when `totalExact` is false,
 * the server having counted up to its cap) and the rows the workbook holds (`rows`, absent then).
 */
export function exportCounts(headers) {
  const number = (name) => {
    const v = headers.get(name);
    return v != null && v !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
  };
  return { total: number('X-Total-Count'), rows: number('X-Export-Rows'), totalExact: headers.get('X-Total-Exact') !== 'false' };
}
