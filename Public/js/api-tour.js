import { h, replace } from './dom.js';

// The API tour: every path and operation of /openapi.json as readable HTML, with a "try it" link
// for GETs that need no path parameter. Strings from the document go in as text, never as HTML.

/** A `$ref` like `#/components/parameters/limit` resolved against the document. */
function resolve(doc, item) {
  if (!item || !item.$ref) return item;
  return item.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], doc) ?? {};
}

function schemaText(schema = {}) {
  if (schema.enum) return schema.enum.join(' | ');
  const bounds = ['minimum', 'maximum', 'default'].filter((k) => k in schema).map((k) => `${k} ${schema[k]}`);
  return [schema.type ?? (schema.$ref ? schema.$ref.split('/').pop() : ''), ...bounds].join(', ');
}

function parameters(doc, operation) {
  const list = (operation.parameters ?? []).map((p) => resolve(doc, p));
  if (!list.length) return null;
  return h('table', { class: 'api-params' },
    h('thead', {}, h('tr', {}, ['name', 'in', 'type', 'description'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, list.map((p) => h('tr', {},
      h('td', {}, h('code', {}, p.name), p.required ? ' *' : ''),
      h('td', {}, p.in), h('td', {}, schemaText(p.schema)), h('td', {}, p.description ?? '')))));
}

function operationView(doc, path, method, operation) {
  const codes = Object.keys(operation.responses ?? {}).join(' · ');
  const tryIt = method === 'get' && !path.includes('{')
    ? h('a', { href: path.replace(/^\//, '') + (path === '/api/search' ? '?q=%D8%A8%D9%86%D8%BA%D8%A7%D8%B2%D9%8A' : '') }, 'try it')
    : null;
  return h('section', { class: 'api-operation', id: operation.operationId },
    h('h3', {}, h('code', {}, `${method.toUpperCase()} ${path}`), ' — ', operation.summary ?? '', ' ', tryIt),
    operation.description ? h('p', {}, operation.description) : null,
    operation.security ? h('p', {}, 'Needs a bearer token.') : null,
    parameters(doc, operation),
    h('p', {}, 'Responses: ', codes));
}

async function main() {
  const target = document.getElementById('api-tour');
  try {
    const response = await fetch('openapi.json');
    if (!response.ok) throw new Error(`openapi.json answered ${response.status}`);
    const doc = await response.json();
    const sections = [];
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
        if (item[method]) sections.push(operationView(doc, path, method, item[method]));
      }
    }
    replace(target,
      h('h2', {}, `${doc.info?.title ?? 'API'} ${doc.info?.version ?? ''}`),
      h('p', {}, doc.info?.description ?? ''),
      sections);
  } catch (error) {
    replace(target, h('p', { class: 'notice' }, `Could not load the API description: ${error.message}`));
  }
  document.getElementById('main').dataset.ready = 'api'; // for the browser tests
}

main();
