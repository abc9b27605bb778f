// Entity corrections on the entity page: rename, change type, merge into another entity, hide,
// and undo, with the write token (asked for once, kept in sessionStorage for the tab), plus the
// entity's own export links. Also the notice shown in place of a hidden or merged entity.
import { api, ApiError } from '../api.js';
import { h, replace, appURL, BASE } from '../dom.js';
import { typeInfo, TYPE_ORDER } from '../types.js';
import { navigate } from '../app.js';

const TOKEN_KEY = 'marsad-write-token';
const ACTIONS = { rename: 'إعادة تسمية', retype: 'تغيير النوع', merge: 'دمج', split: 'فصل', hide: 'إخفاء' };

/** The token saved for this tab, if any. */
export function savedToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
}

/** Sends a write (`POST`/`DELETE`) with the token; returns the JSON or throws an ApiError. */
async function write(method, path, body) {
  const response = await fetch(BASE + path.replace(/^\//, ''), {
    method,
    headers: { Accept: 'application/json', Authorization: `Bearer ${savedToken()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  let json = null;
  try { json = await response.json(); } catch { json = null; }
  if (!response.ok) throw new ApiError({ status: response.status, title: json?.title || `HTTP ${response.status}`, detail: json?.detail || '' });
  return json;
}

/** «إعادة تسمية: X ← Y، بواسطة editor في …» */
function describe(c) {
  const what = c.action === 'rename' ? `${ACTIONS.rename} إلى «${c.name}»`
    : c.action === 'retype' ? `${ACTIONS.retype} إلى ${typeInfo(c.type).label}`
    : c.action === 'merge' ? `${ACTIONS.merge} في «${c.into?.name ?? ''}»`
    : c.action === 'split' ? `${ACTIONS.split} إشارات (${c.mentions?.length ?? 0}) إلى «${c.name}»`
    : ACTIONS.hide;
  const when = c.when ? new Date(c.when).toLocaleString('ar-u-nu-latn') : '';
  return [h('bdi', null, what), ` — ${c.who}، ${when}`, c.undone ? ' (أُلغي)' : !c.applied && c.note ? ` (لم يُطبَّق: ${c.note})` : ''];
}

/** The list of `corrections` with an undo button for each one still in force. */
function correctionList(corrections, status, after) {
  if (!corrections.length) return h('p', { class: 'empty' }, 'لا تصحيحات لهذا الكيان.');
  return h('ul', { class: 'correction-list' }, corrections.map((c) => h('li', { dataset: { correction: c.id } },
    describe(c), ' ',
    c.undone ? null : h('button', {
      type: 'button', class: 'undo',
      onclick: async () => {
        try {
          const undone = await write('DELETE', `/api/corrections/${encodeURIComponent(c.id)}`);
          after(undone.entity?.id ?? c.entity.id);
        } catch (error) { report(status, error); }
      },
    }, 'تراجع'))));
}

function report(status, error) {
  replace(status, h('span', { class: 'error-title' }, error.status === 401 ? 'الرمز غير صحيح.' : error.status === 403 ? 'التعديل معطّل على هذا الخادم.' : `${error.title}${error.detail ? `: ${error.detail}` : ''}`));
}

/** The token form: asks for the write token and keeps it for the tab. */
function tokenForm(onSaved) {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'off', dir: 'ltr', 'aria-label': 'رمز الكتابة', class: 'token-input' });
  return h('form', {
    class: 'token-form',
    onsubmit: (e) => {
      e.preventDefault();
      try { sessionStorage.setItem(TOKEN_KEY, input.value.trim()); } catch { /* private mode: asked again next time */ }
      onSaved();
    },
  }, h('label', null, 'رمز الكتابة (MARSAD_API_TOKEN): ', input), ' ', h('button', { type: 'submit' }, 'حفظ للجلسة'));
}

/** The corrections panel of `entity` (a `<details>` closed by default). */
export function correctionsPanel(entity) {
  const panel = h('details', { class: 'corrections-panel', id: 'corrections' });
  const status = h('p', { class: 'correction-status', role: 'status', 'aria-live': 'polite' });
  const after = (id) => navigate(appURL({ entity: id }), { replaceState: true });
  const act = async (action, body, nextId = (r) => r.entityId ?? entity.id) => {
    replace(status, 'جارٍ الحفظ…');
    try {
      const result = await write('POST', `/api/entities/${encodeURIComponent(entity.id)}/${action}`, body);
      after(action === 'hide' ? entity.id : nextId(result));
    } catch (error) { report(status, error); }
  };
  const listBox = h('div', { class: 'correction-history' });
  const fill = () => {
    const forms = [];
    if (!savedToken()) {
      forms.push(tokenForm(fill));
    } else {
      const name = h('input', { name: 'name', value: entity.name, dir: 'auto', required: true, 'aria-label': 'الاسم الصحيح' });
      const type = h('select', { name: 'type', 'aria-label': 'النوع الصحيح' }, TYPE_ORDER.map((t) => h('option', { value: t, selected: t === entity.type }, typeInfo(t).label)));
      const into = h('input', { name: 'into', list: 'merge-candidates', dir: 'auto', required: true, 'aria-label': 'اسم الكيان المدموج فيه أو معرّفه', placeholder: 'اسم الكيان أو معرّفه' });
      const candidates = h('datalist', { id: 'merge-candidates' });
      const ids = new Map();
      into.addEventListener('input', async () => {
        const q = into.value.trim();
        if (q.length < 2) return;
        try {
          const found = await api('/api/entities', { q, limit: 8 });
          replace(candidates, found.items.filter((e) => e.id !== entity.id).map((e) => { ids.set(e.name, e.id); return h('option', { value: e.name }, `${typeInfo(e.type).label} · ${e.id}`); }));
        } catch { /* suggestions are optional */ }
      });
      forms.push(
        h('form', { class: 'correct-rename', onsubmit: (e) => { e.preventDefault(); act('rename', { name: name.value }); } },
          h('label', null, 'الاسم: ', name), ' ', h('button', { type: 'submit' }, 'أعد التسمية')),
        h('form', { class: 'correct-retype', onsubmit: (e) => { e.preventDefault(); act('retype', { type: type.value }); } },
          h('label', null, 'النوع: ', type), ' ', h('button', { type: 'submit' }, 'غيّر النوع')),
        h('form', { class: 'correct-merge', onsubmit: (e) => { e.preventDefault(); act('merge', { into: ids.get(into.value.trim()) ?? into.value.trim() }); } },
          h('label', null, 'ادمجه في: ', into), candidates, ' ', h('button', { type: 'submit' }, 'ادمج')),
        h('p', { class: 'correct-hide' },
          h('button', { type: 'button', class: 'danger', onclick: () => act('hide') }, 'أخفِ الكيان (ليس كياناً)'), ' ',
          h('button', { type: 'button', class: 'link-button', onclick: () => { try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* nothing kept */ } fill(); } }, 'انسَ الرمز')));
    }
    replace(panel, h('summary', null, 'تصحيح الكيان'), forms, status, h('h3', null, 'سجلّ التصحيحات'), listBox);
  };
  fill();
  api('/api/corrections', { entity: entity.id, limit: 100 })
    .then((list) => replace(listBox, correctionList(list.items, status, after)))
    .catch(() => replace(listBox, h('p', { class: 'empty' }, 'تعذّر تحميل سجلّ التصحيحات.')));
  return panel;
}

/**
 * For an entity id the API no longer has: the corrections that hid or merged it, with undo;
 * null when there are none (a plain 404).
 */
export async function removedEntityNotice(id, { signal } = {}) {
  let list;
  try { list = await api('/api/corrections', { entity: id, limit: 100 }, { signal }); } catch { return null; }
  const removing = list.items.filter((c) => c.applied && c.entity.id === id && (c.action === 'hide' || c.action === 'merge'));
  if (!removing.length) return null;
  const status = h('p', { class: 'correction-status', role: 'status', 'aria-live': 'polite' });
  const last = removing[removing.length - 1];
  return h('section', { class: 'removed-entity corrections-panel' },
    h('h1', { class: 'page-title', tabindex: '-1', dir: 'auto' }, last.entity.name),
    h('p', { class: 'notice' }, last.action === 'hide' ? 'أُخفي هذا الكيان (ليس كياناً حقيقياً).'
      : ['دُمج هذا الكيان في ', h('a', { href: appURL({ entity: last.into.id }), dir: 'auto' }, last.into.name), '.']),
    savedToken() ? null : tokenForm(() => navigate(appURL({ entity: id }), { replaceState: true })),
    correctionList(removing, status, () => navigate(appURL({ entity: id }), { replaceState: true })),
    status);
}

/** Download links for the entity's mentions, events and articles. */
export function entityExports(entity) {
  const link = (path, params, label) => h('li', null, h('a', { href: `${BASE}api/export/${path}?${new URLSearchParams(params)}`, download: '' }, label));
  return h('details', { class: 'entity-exports' }, h('summary', null, 'تنزيل بيانات الكيان'),
    h('ul', null,
      link('mentions.csv', { entity: entity.id }, 'الإشارات (CSV)'),
      link('timeline.csv', { entity: entity.id }, 'الأحداث (CSV)'),
      link('articles.jsonl', { entity: entity.id }, 'المقالات مع تحليلها (JSONL)')));
}
