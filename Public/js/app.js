// The router: one view per URL (`/?q=`, `/?article=`, `/?entity=`, `/?view=timeline|graph`, `/`),
// History API navigation, focus moved to each new view's heading.
import { replace, appURL, BASE } from './dom.js';
import { errorBox } from './ui.js';
import { renderHome } from './views/home.js';
import { renderSearch } from './views/search.js';
import { renderArticle } from './views/article.js';
import { renderEntity } from './views/entity.js';
import { renderTimeline } from './views/timeline.js';
import { renderGraph } from './views/graph.js';
import { installExportsMenu } from './exports.js';

const main = () => document.getElementById('main');
let current = null; // { controller: AbortController, cleanup?: () => void }

/** Which view a set of URL parameters selects. */
function route(params) {
  if (params.has('article')) return { name: 'article', render: renderArticle };
  if (params.has('entity') && !params.has('view') && !params.has('q')) return { name: 'entity', render: renderEntity };
  const view = params.get('view');
  if (view === 'timeline') return { name: 'timeline', render: renderTimeline };
  if (view === 'graph') return { name: 'graph', render: renderGraph };
  if (params.has('q')) return { name: 'search', render: renderSearch };
  return { name: 'home', render: renderHome };
}

/** Renders the view for the current location. */
async function render({ focus = false, scroll = null } = {}) {
  current?.controller.abort();
  current?.cleanup?.();
  const controller = new AbortController();
  const state = { controller, cleanup: null };
  current = state;

  renderedSearch = location.search;
  const params = new URLSearchParams(location.search);
  const { name, render: view } = route(params);
  const root = main();
  root.setAttribute('aria-busy', 'true');
  document.body.dataset.view = name;
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const input = document.getElementById('search-input');
  if (input && document.activeElement !== input) input.value = params.get('q') ?? '';

  const ctx = {
    params,
    signal: controller.signal,
    root,
    setTitle: (title) => { document.title = title ? `${title} — مرصد` : 'مرصد — الأخبار العربية'; },
    onCleanup: (fn) => { state.cleanup = fn; },
  };
  try {
    await view(ctx);
  } catch (error) {
    if (error.name === 'AbortError') return;
    console.error(error);
    replace(root, errorBox(error));
    ctx.setTitle('خطأ');
  }
  if (current !== state) return;
  root.setAttribute('aria-busy', 'false');
  root.dataset.ready = name;
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
  }
  if (focus) (root.querySelector('h1') ?? root).focus({ preventScroll: scroll !== null });
  if (scroll !== null) window.scrollTo(0, scroll);
}

/** Goes to an in-app URL without reloading. */
export function navigate(url, { replaceState = false } = {}) {
  // Remember where the reader was, so Back returns to the same place in the list.
  history.replaceState({ ...(history.state ?? {}), scroll: window.scrollY }, '');
  if (replaceState) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.scrollTo(0, 0);
  render({ focus: true });
}

history.scrollRestoration = 'manual';

function isAppLink(a, event) {
  if (!a || event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  // getAttribute: on SVG links `a.target` is an SVGAnimatedString, never a plain string.
  const target = a.getAttribute('target');
  if (target && target !== '_self') return false;
  if (a.hasAttribute('download')) return false;
  const href = a.getAttribute('href') ?? a.getAttribute('xlink:href');
  if (!href) return false;
  const url = new URL(href, location.href);
  return url.origin === location.origin && (url.pathname === BASE || url.pathname === `${BASE}index.html`);
}

document.addEventListener('click', (event) => {
  const a = event.target.closest?.('a');
  if (!isAppLink(a, event)) return;
  const url = new URL(a.getAttribute('href') ?? a.getAttribute('xlink:href'), location.href);
  event.preventDefault();
  if (url.search === location.search && url.hash) {
    // An in-page link (the skip link, a mention): move focus there too, not only the scroll position.
    history.pushState(null, '', url.pathname + url.search + url.hash);
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (target) {
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start' });
    }
    return;
  }
  navigate(url.pathname + url.search + url.hash);
});

document.getElementById('search-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q')?.toString().trim();
  if (q) navigate(appURL({ q }));
});

let renderedSearch = null;
window.addEventListener('popstate', () => {
  // Only the hash changed (Back over an in-page link): the view is already on screen.
  if (location.search === renderedSearch) {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView({ block: 'center' });
    return;
  }
  const scroll = history.state?.scroll ?? null;
  render({ focus: true, scroll });
});

/** Lets views navigate (e.g. a select that changes a filter). */
window.marsadNavigate = navigate;

render();

installExportsMenu();
