import { BASE } from './dom.js';

// The only place that talks to the server. Errors become ApiError carrying the problem+json fields.

/** An error from the API (problem+json) or from the network. */
export class ApiError extends Error {
  constructor({ status = 0, title = 'خطأ', detail = '', type = 'about:blank' } = {}) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
  }
}

/** GETs `/api/…` with query `params` and returns the decoded JSON. */
export async function api(path, params = {}, { signal } = {}) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  }
  const where = BASE + path.replace(/^\//, ''); // `/api/x` under the app's prefix
  const url = search.toString() ? `${where}?${search}` : where;
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ title: 'تعذّر الاتصال بالخادم', detail: 'تحقّق من أن خادم مرصد يعمل ثم أعد المحاولة.' });
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      title: body?.title || `HTTP ${response.status}`,
      detail: body?.detail || '',
      type: body?.type,
    });
  }
  return body;
}

/** Every item of a paged list, fetched `pageSize` at a time, up to `max` items. */
export async function apiAll(path, params = {}, { signal, pageSize = 1000, max = 5000 } = {}) {
  const items = [];
  let total = Infinity;
  while (items.length < total && items.length < max) {
    const page = await api(path, { ...params, limit: pageSize, offset: items.length }, { signal });
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0) break;
  }
  return items;
}

/** Runs `worker` over `inputs` with at most `limit` in flight; results keep the input order. */
export async function mapLimit(inputs, limit, worker) {
  const results = new Array(inputs.length);
  let next = 0;
  async function run() {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await worker(inputs[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, run));
  return results;
}
