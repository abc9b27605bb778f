#!/usr/bin/env python3
"""Browser checks of Marsad's UI: renders each view in headless Chromium, checks the DOM, and
writes a screenshot of every view. Standard library only.

Usage: ui_test.py --base http://127.0.0.1:PORT [--out test-artifacts/ui-screenshots] [--chromium chromium]
Prints one line per check and ends with "N passed, M failed"; exits 1 on any failure.
"""
import argparse
import base64
import concurrent.futures
import contextlib
import datetime
import html.parser
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request


@contextlib.contextmanager
def chromium_profile(prefix):
    """A fresh Chromium profile folder, removed afterwards whatever Chromium's helper processes
    still write there: they can outlive the browser's main process for a moment, and
    TemporaryDirectory's cleanup then failed the whole run with "Directory not empty"."""
    profile = tempfile.mkdtemp(prefix=prefix)
    try:
        yield profile
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def stop_process_group(proc):
    """Stops a browser started with start_new_session=True, helpers included."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BENGHAZI = "بنغازي"
BENGHAZI_TITLES = [
    "هجوم بنغازي الدامي.. أميركا تحكم على قاتل سفيرها",
    'من هو مصطفى الإمام الذي "نقلته" أميركا من ليبيا لتحاكمه',
]
KNOWN_ARTICLE = "000_fb78c02459ae3a97"


class Node:
    """One element of the rendered DOM."""

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def classes(self):
        return (self.attrs.get("class") or "").split()

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find_all(self, tag=None, cls=None, **attrs):
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
                and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def find(self, *args, **kwargs):
        found = self.find_all(*args, **kwargs)
        return found[0] if found else None


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(markup):
    builder = TreeBuilder()
    builder.feed(markup)
    return builder.root


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


class Runner:
    def __init__(self, base, out, chromium):
        self.base, self.out, self.chromium = base.rstrip("/"), out, chromium
        self.passed = self.failed = 0
        os.makedirs(out, exist_ok=True)

    def api(self, path, **params):
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        url = f"{self.base}{path}" + (f"?{query}" if query else "")
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            return {"status": e.code, **json.load(e)}

    def render(self, name, path, width=1280, height=900, extra=()):
        """Renders `path`; returns (dom root, raw markup, console errors). Also writes NAME.png."""
        url = self.base + path
        shot = os.path.join(self.out, f"{name}.png")
        with chromium_profile("marsad-ui-") as profile:
            cmd = [self.chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                   f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                   "--virtual-time-budget=5000", f"--window-size={width},{height}",
                   f"--screenshot={shot}", *extra, "--dump-dom", url]
            try:
                p = subprocess.run(cmd, capture_output=True, timeout=90)
            except subprocess.TimeoutExpired:
                return parse(""), "", ["chromium timed out"]
        markup = p.stdout.decode("utf-8", "replace")
        stderr = p.stderr.decode("utf-8", "replace")
        errors = [line for line in stderr.splitlines() if "CONSOLE" in line and re.search(r"Uncaught|Error", line)]
        return parse(markup), markup, errors

    def check(self, ok, label, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS  {label}")
        else:
            self.failed += 1
            print(f"FAIL  {label}" + (f" — {detail}" if detail else ""))
        sys.stdout.flush()


class DevTools:
    """A minimal Chrome DevTools Protocol client over a WebSocket (RFC 6455), standard library only."""

    def __init__(self, ws_url):
        u = urllib.parse.urlparse(ws_url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(head.split(b"\r\n", 1)[0].decode(errors="replace"))
        self.buffer = head.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _message(self):
        parts = []
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            data = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0, 1, 2):
                parts.append(data)
                if b0 & 0x80:
                    return json.loads(b"".join(parts))

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self._send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = self._message()
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})


# Runs in the page: clicks, history, keyboard and wheel, each step checked. Returns [[label, ok, detail]].
INTERACTION_SCRIPT = r"""
(async () => {
  const results = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const check = (label, ok, detail = '') => results.push([label, !!ok, String(detail)]);
  const waitFor = async (cond, ms = 8000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) { try { if (cond()) return true; } catch {} await sleep(50); }
    return false;
  };
  const ready = (view) => document.getElementById('main')?.dataset.ready === view && document.getElementById('main').getAttribute('aria-busy') === 'false';
  const click = (el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
  try {
    check('interaction: home loads', await waitFor(() => ready('home')));
    const first = document.querySelector('.article-list a');
    const title = first?.textContent;
    click(first);
    check('interaction: clicking an article opens the reader without a reload',
      await waitFor(() => ready('article') && document.querySelector('h1')?.textContent === title) && location.search.startsWith('?article='), location.href);
    check('interaction: focus moves to the new view\'s heading', document.activeElement === document.querySelector('main h1'), document.activeElement?.tagName);
    check('interaction: the page title names the article', document.title.includes(title), document.title);
    history.back();
    check('interaction: Back returns to the home view', await waitFor(() => ready('home') && location.search === ''), location.href);
    window.scrollTo(0, 300);
    const scrolled = window.scrollY;
    click(document.querySelector('.article-list a'));
    await waitFor(() => ready('article'));
    history.back();
    check('interaction: Back restores the scroll position', await waitFor(() => ready('home') && Math.abs(window.scrollY - scrolled) < 2), `${scrolled} → ${window.scrollY}`);
    history.forward();
    await waitFor(() => ready('article'));
    history.back();
    await waitFor(() => ready('home'));
    history.forward();
    check('interaction: Forward returns to the article', await waitFor(() => ready('article') && document.querySelector('h1')?.textContent === title), location.href);

    const input = document.getElementById('search-input');
    input.value = 'بنغازي';
    document.getElementById('search-form').requestSubmit();
    check('interaction: the search form navigates to /?q=',
      await waitFor(() => ready('search') && new URLSearchParams(location.search).get('q') === 'بنغازي' && document.querySelectorAll('.hit').length > 0), location.href);
    const facet = document.querySelector('a.facet');
    if (facet) {
      const before = document.querySelectorAll('.hit').length;
      click(facet);
      check('interaction: a facet adds &entity= and filters the hits',
        await waitFor(() => ready('search') && new URLSearchParams(location.search).has('entity') && document.querySelector('.active-filter')), `${before} → ${document.querySelectorAll('.hit').length}`);
      history.back();
      check('interaction: Back removes the facet filter', await waitFor(() => ready('search') && !new URLSearchParams(location.search).has('entity')), location.href);
    }

    click(document.querySelector('.site-nav a[data-nav="timeline"]'));
    const axisReady = await waitFor(() => ready('timeline'));
    check('interaction: the nav opens the timeline', axisReady, location.href);
    const svg = document.querySelector('svg.timeline-svg');
    if (svg) {
      const label = () => document.querySelector('.range-label').textContent;
      const start = label();
      svg.focus();
      check('interaction: the time axis takes keyboard focus', document.activeElement === svg);
      for (let i = 0; i < 3; i++) svg.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
      const zoomed = label();
      check('interaction: + zooms the axis in', zoomed !== start, zoomed);
      check('interaction: the zoom goes into the URL (&range=)', await waitFor(() => new URLSearchParams(location.search).has('range'), 3000), location.href);
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
      check('interaction: arrow keys pan the axis', label() !== zoomed, label());
      svg.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, cancelable: true }));
      const whole = label();
      click(document.querySelector('.timeline-controls .fit-all'));
      check('interaction: 0 shows the whole timeline, as «الكل» does', whole === label() && whole !== zoomed, whole);
      const rect = svg.getBoundingClientRect();
      svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: rect.left + rect.width / 2, clientY: rect.top + 20, bubbles: true, cancelable: true }));
      check('interaction: the mouse wheel zooms', label() !== start, label());
      const buttons = [...document.querySelectorAll('.timeline-controls button.preset')];
      click(buttons[buttons.length - 1]);
      const ticks = [...svg.querySelectorAll('.tick text')].map((t) => t.textContent);
      check('interaction: the "days" button shows day ticks', ticks.some((t) => /^\d+ /.test(t)), ticks.slice(0, 4).join(' | '));
      const mark = svg.querySelector('.event-mark');
      mark?.dispatchEvent(new FocusEvent('focus'));
      check('interaction: focusing an event shows its details', !mark || document.querySelector('.timeline-detail .event-text'), '');
    }

    click(document.querySelector('.site-nav a[data-nav="graph"]'));
    check('interaction: the nav opens the graph', await waitFor(() => ready('graph'), 15000), location.href);
    const node = document.querySelector('svg.graph-svg a.node');
    if (node) {
      const name = node.querySelector('text').textContent;
      click(node);
      check('interaction: clicking a graph node opens its entity page', await waitFor(() => ready('entity') && document.querySelector('h1')?.textContent === name), location.href);
      const kwic = document.querySelector('.kwic a.entity');
      if (kwic) {
        click(kwic);
        check('interaction: a mention in context opens the article focused on it',
          await waitFor(() => ready('article') && location.hash && document.activeElement?.id === decodeURIComponent(location.hash.slice(1))), `${location.href} → ${document.activeElement?.id}`);
        history.back();
        await waitFor(() => ready('entity'));
      }
      history.back();
      check('interaction: Back returns to the graph', await waitFor(() => ready('graph'), 15000), location.href);
    }

    // Every control and link has a name; every form field a label.
    const unnamed = [...document.querySelectorAll('a[href], button, input, select')].filter((el) => {
      if (el.type === 'hidden') return false;
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').trim();
      const labelled = el.labels ? el.labels.length > 0 || el.hasAttribute('aria-label') : true;
      return !name && !(el.matches('input, select') && labelled);
    });
    check('interaction: every link and control on the graph view has a name', unnamed.length === 0, unnamed.map((e) => e.outerHTML.slice(0, 80)).join(' '));
  } catch (error) {
    check('interaction: script ran to the end', false, error && error.stack || error);
  }
  return results;
})()
"""


def interaction_checks(t):
    """Drives one real page through clicks, Back/Forward, the search form, keys and the wheel."""
    with contextlib.ExitStack() as stack:
        try:
            tools = stack.enter_context(chromium_tools(t, "marsad-ui-cdp-", t.base + "/"))
            deadline = time.time() + 30
            # Wait until the app's page (not the initial blank one) has loaded, so the script keeps its context.
            while time.time() < deadline:
                state = tools.call("Runtime.evaluate", expression="location.href + ' ' + document.readyState", returnByValue=True)
                if state.get("result", {}).get("value", "") == f"{t.base}/ complete":
                    break
                time.sleep(0.1)
            result = tools.call("Runtime.evaluate", expression=INTERACTION_SCRIPT, awaitPromise=True, returnByValue=True, timeout=90000)
            if "exceptionDetails" in result:
                t.check(False, "interaction: script ran", json.dumps(result["exceptionDetails"])[:300])
                return
            for label, ok, detail in result["result"]["value"]:
                t.check(ok, label, detail)

            # Real key presses: the first Tab reaches the skip link, Enter on it moves focus to the content.
            tools.call("Page.navigate", url=t.base + "/")
            wait_until = time.time() + 15
            while time.time() < wait_until:
                value = tools.call("Runtime.evaluate", expression="document.getElementById('main')?.dataset.ready || ''", returnByValue=True)
                if value.get("result", {}).get("value") == "home":
                    break
                time.sleep(0.1)

            def press(key, code, vk):
                for kind in ("keyDown", "keyUp"):
                    tools.call("Input.dispatchKeyEvent", type=kind, key=key, code=code, windowsVirtualKeyCode=vk,
                               **({"text": "\r"} if key == "Enter" and kind == "keyDown" else {}))

            def focused():
                return tools.call("Runtime.evaluate", returnByValue=True, expression=(
                    "(() => { const e = document.activeElement; const r = e.getBoundingClientRect();"
                    " const o = getComputedStyle(e).outlineStyle;"
                    " return [e.id || e.className || e.tagName, r.top >= 0 && r.height > 0, o]; })()"))["result"]["value"]

            press("Tab", "Tab", 9)
            name, visible, outline = focused()
            t.check(name == "skip-link" and visible, "keyboard: the first Tab shows the skip link", f"{name} visible={visible}")
            t.check(outline not in ("none", ""), "keyboard: the focused element has a visible outline", outline)
            press("Enter", "Enter", 13)
            time.sleep(0.3)
            name, _, _ = focused()
            t.check(name == "main", "keyboard: the skip link moves focus to the content", name)
        except Exception as error:  # any failure to drive the browser is a failed check, not a crash
            t.check(False, "interaction: drive Chromium over DevTools", repr(error))


LOCAL_NAME_SCRIPT = r"""
(async (token) => {
  const out = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const wait = async (pred, ms = 15000) => { const end = Date.now() + ms; while (Date.now() < end) { try { const v = pred(); if (v) return v; } catch (e) {} await sleep(50); } return null; };
  const headers = { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' };
  const posted = await fetch('api/articles', { method: 'POST', headers,
    body: JSON.stringify({ title: 'تصريح قصير', text: 'وقال نزار إن الاجتماع في الرياض كان مثمرا، وأضاف نزار أن النتائج ستعلن قريبا.' }) });
  const article = await posted.json();
  out.push(['local name: the article is added', posted.status === 201, String(posted.status)]);
  if (posted.status !== 201) return out;
  const list = await (await fetch(`api/entities?type=person&q=${encodeURIComponent('نزار')}`)).json();
  const local = (list.items || []).find((e) => e.local === true);
  out.push(['local name: a given name alone is a person marked local in the API', !!local, JSON.stringify(list.items || []).slice(0, 200)]);
  if (local) {
    window.marsadNavigate(`./?entity=${encodeURIComponent(local.id)}`);
    const note = await wait(() => document.querySelector('#main h1')?.textContent.trim() === local.name && document.querySelector('.local-note'));
    out.push(['local name: the entity page says it is one person of one article', !!note, document.querySelector('#main')?.textContent.slice(0, 120) || '']);
  }
  const removed = await fetch(`api/articles/${encodeURIComponent(article.id)}`, { method: 'DELETE', headers });
  out.push(['local name: the article is removed again', removed.status === 204, String(removed.status)]);
  return out;
})
"""


def local_name_checks(t, token):
    """A lone given name in an added article: its entity is marked local, and its page says so."""
    page_script_checks(t, "local name", token, f"{LOCAL_NAME_SCRIPT}({json.dumps(token)})")


def page_script_checks(t, label, token, expression):
    """Runs `expression` (a script that writes with `token` and returns [label, ok, detail] rows) in
    a live home page, each row a check; skipped without a write token."""
    if not token:
        print(f"SKIP  {label}: no write token (MARSAD_UI_TOKEN) for the server under test")
        return
    try:
        with live_page(t, "/") as evaluate:
            evaluate(f"{WAIT_READY}('home', 30000)")
            for row, ok, detail in evaluate(expression, timeout=90000):
                t.check(ok, row, detail)
    except Exception as error:  # a script exception or a browser that cannot be driven is a failed check
        t.check(False, f"{label}: drive Chromium over DevTools", repr(error))


@contextlib.contextmanager
def live_page(t, path):
    """A headless Chromium page at `path`, driven over DevTools; yields an evaluate(expression) function."""
    with chromium_tools(t, "marsad-ui-live-", t.base + path, page_url=t.base) as tools:
        deadline = time.time() + 30

        def evaluate(expression, timeout=60000):
            result = tools.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True, timeout=timeout)
            if "exceptionDetails" in result:
                raise RuntimeError(json.dumps(result["exceptionDetails"])[:300])
            return result["result"].get("value")
        # Wait until the app's page (not the initial blank one) has loaded, so scripts keep their context.
        while time.time() < deadline:
            try:
                if evaluate("location.href.startsWith(" + json.dumps(t.base) + ") && document.readyState === 'complete'"):
                    break
            except RuntimeError:
                pass
            time.sleep(0.1)
        yield evaluate


# Runs in the page after the view is ready: waits for it, then returns what the checks need.
WAIT_READY = r"""
(async (view, ms) => {
  const end = Date.now() + ms;
  const ready = () => document.getElementById('main')?.dataset.ready === view && document.getElementById('main').getAttribute('aria-busy') === 'false';
  while (Date.now() < end && !ready()) await new Promise((r) => setTimeout(r, 50));
  return ready();
})
"""


def graph_checks(t):
    """The graph view: one API request, no overlapping nodes or labels, no label cut by the frame."""
    api = t.api("/api/graph", limit=40)
    try:
        with live_page(t, "/?view=graph") as evaluate:
            t.check(evaluate(f"{WAIT_READY}('graph', 15000)"), "graph: the view gets ready")
            requests = evaluate("performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/api/'))")
            t.check(requests == ["/api/graph"], "graph: drawn from one request to /api/graph", str(requests))
            geometry = evaluate(r"""(() => {
              const svg = document.querySelector('svg.graph-svg');
              if (!svg) return null;
              const box = svg.viewBox.baseVal;
              const nodes = [...svg.querySelectorAll('a.node')].map((a) => {
                const shape = a.querySelector('.shape').getBBox();
                const label = a.querySelector('text').getBBox();
                return { shape: [shape.x, shape.y, shape.width, shape.height], label: [label.x, label.y, label.width, label.height],
                         id: a.dataset.id };
              });
              return { width: box.width, height: box.height, nodes, apart: document.querySelectorAll('.graph-isolated a.entity-chip').length };
            })()""")
            nodes = api.get("nodes", [])
            if not nodes:
                t.check(geometry is None, "graph: no drawing without entities")
                return
            drawn = geometry["nodes"] if geometry else []
            t.check(len(drawn) + (geometry or {}).get("apart", 0) == len(nodes),
                    f"graph: the API's {len(nodes)} nodes are drawn or listed apart", f"drawn {len(drawn)}")
            isolated = {n["id"] for n in nodes if n.get("degree", 0) == 0}
            t.check(not any(n["id"] in isolated for n in drawn), "graph: entities without links are not drawn")
            inside = all(b[0] >= -0.5 and b[1] >= -0.5 and b[0] + b[2] <= geometry["width"] + 0.5 and b[1] + b[3] <= geometry["height"] + 0.5
                         for n in drawn for b in (n["shape"], n["label"]))
            t.check(inside, "graph: every shape and label lies inside the drawing (no cut labels)")

            def overlap(a, b, pad=0.5):
                return a[0] + pad < b[0] + b[2] and b[0] + pad < a[0] + a[2] and a[1] + pad < b[1] + b[3] and b[1] + pad < a[1] + a[3]
            clashes = [(a["id"], b["id"]) for i, a in enumerate(drawn) for b in drawn[i + 1:]
                       if overlap(a["label"], b["label"]) or overlap(a["shape"], b["shape"]) or overlap(a["label"], b["shape"]) or overlap(a["shape"], b["label"])]
            t.check(not clashes, "graph: no two nodes or labels overlap", str(clashes[:3]))
    except Exception as error:  # any failure to drive the browser is a failed check, not a crash
        t.check(False, "graph: drive Chromium over DevTools", repr(error))


def search_date_checks(t):
    """The search view's date filter, order and facets: typed into the form, they narrow the hits."""
    q = urllib.parse.quote
    whole = t.api("/api/search", q=BENGHAZI, limit=10)
    dates = whole.get("facets", {}).get("dates", {})
    dated = dates.get("published", {}).get("buckets", []) + dates.get("events", {}).get("buckets", [])
    try:
        with live_page(t, f"/?q={q(BENGHAZI)}") as evaluate:
            t.check(evaluate(f"{WAIT_READY}('search', 15000)"), "search dates: the view gets ready")
            shown = evaluate("[...document.querySelectorAll('.hit')].map((h) => h.querySelector('.hit-date time')?.getAttribute('datetime') ?? null)")
            expected = [h.get("published") for h in whole.get("items", [])]
            t.check(shown == expected, "search dates: every hit shows its publication date", f"{shown} vs {expected}")
            buckets = evaluate("document.querySelectorAll('.date-facet a.date-bucket').length")
            t.check(buckets > 0 if dated else True, f"search dates: date facets shown ({buckets} buckets)")
            t.check(evaluate("document.querySelector('.facet-note')?.textContent.includes('كل النتائج')") is True or not whole.get("facets", {}).get("entities"),
                    "search dates: facet counts say they are over all hits")
            # Type a range into the form and submit it.
            target = t.api("/api/search", q=BENGHAZI, **{"from": "2012", "to": "2012"}, limit=10)
            evaluate("""(() => {
              document.getElementById('search-from').value = '2012';
              document.getElementById('search-to').value = '2012';
              document.querySelector('form.search-tools').requestSubmit();
            })()""")
            ok = evaluate(r"""(async () => {
              const end = Date.now() + 15000;
              while (Date.now() < end) {
                const p = new URLSearchParams(location.search);
                if (p.get('from') === '2012' && p.get('to') === '2012' && document.getElementById('main').dataset.ready === 'search'
                    && document.getElementById('main').getAttribute('aria-busy') === 'false') return true;
                await new Promise((r) => setTimeout(r, 50));
              }
              return false;
            })()""")
            t.check(ok, "search dates: the date filter puts from/to in the URL")
            hits = evaluate("document.querySelectorAll('.hit').length")
            t.check(hits == len(target.get("items", [])), f"search dates: the filtered page shows the API's {len(target.get('items', []))} hits", f"shown {hits}")
            t.check(evaluate("!!document.querySelector('.date-filter .remove-filter')"), "search dates: the active date filter is shown, with a way to remove it")
            # Newest first.
            evaluate("""(() => { const s = document.getElementById('search-sort'); s.value = 'date'; document.querySelector('form.search-tools').requestSubmit(); })()""")
            ok = evaluate(r"""(async () => {
              const end = Date.now() + 15000;
              while (Date.now() < end) {
                if (new URLSearchParams(location.search).get('sort') === 'date' && document.getElementById('main').getAttribute('aria-busy') === 'false') return true;
                await new Promise((r) => setTimeout(r, 50));
              }
              return false;
            })()""")
            dates = evaluate("[...document.querySelectorAll('.hit .hit-date time')].map((t) => t.getAttribute('datetime'))")
            t.check(ok and dates == sorted(dates, reverse=True), "search dates: sort=date lists the newest first", str(dates))
    except Exception as error:
        t.check(False, "search dates: drive Chromium over DevTools", repr(error))

# ---- Exports and entity corrections (issue 23, items 1 and 2) ----

def fetch_raw(t, path):
    """(status, headers, body bytes) of a GET."""
    try:
        with urllib.request.urlopen(t.base + path, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def reference_graph(t, limit=40):
    """The API's graph as (node count, edge count, where from): /api/graph (CooccurrenceGraph in
    NewsCorpus, the definition the exports use too)."""
    graph = t.api("/api/graph", limit=limit)
    return len(graph.get("nodes", [])), len(graph.get("edges", [])), "/api/graph"


def export_checks(t):
    """Every export downloads as an attachment and parses: CSV with the csv module, GraphML with
    networkx (same node and edge counts as the API's graph), GEXF as XML, JSONL line by line."""
    import csv
    import io
    import xml.etree.ElementTree as ET
    entity_total = t.api("/api/entities", limit=1).get("total", 0)
    timeline_total = t.api("/api/timeline", limit=1).get("total", 0)
    for path, rows in (("/api/export/entities.csv", entity_total), ("/api/export/mentions.csv", None),
                       ("/api/export/timeline.csv", timeline_total)):
        status, headers, body = fetch_raw(t, path)
        name = path.rsplit("/", 1)[1]
        t.check(status == 200 and "attachment" in (headers.get("Content-Disposition") or "")
                and f"marsad-{name}" in headers.get("Content-Disposition", ""), f"export: {name} is an attachment",
                f"{status} {headers.get('Content-Disposition')}")
        t.check(body.startswith(b"\xef\xbb\xbf"), f"export: {name} starts with a UTF-8 BOM")
        try:
            records = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
            widths = {len(r) for r in records}
            ok = len(records) >= 1 and len(widths) == 1 and (rows is None or len(records) - 1 == rows)
            t.check(ok, f"export: {name} parses with Python's csv module ({len(records) - 1} rows)",
                    f"widths {widths}, expected {rows} rows")
        except Exception as error:
            t.check(False, f"export: {name} parses with Python's csv module", repr(error))

    nodes, edges, source = reference_graph(t)
    status, headers, body = fetch_raw(t, "/api/export/graph.graphml?limit=40")
    try:
        import networkx
        g = networkx.read_graphml(io.BytesIO(body))
        t.check(g.number_of_nodes() == nodes and g.number_of_edges() == edges,
                f"export: GraphML reads in networkx with the API graph's {nodes} nodes and {edges} edges (from {source})",
                f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    except ImportError:
        t.check(False, "export: networkx is installed (pip install networkx)")
    except Exception as error:
        t.check(False, "export: GraphML reads in networkx", repr(error))
    status, headers, body = fetch_raw(t, "/api/export/graph.gexf?limit=40")
    try:
        root = ET.fromstring(body)
        ns = {"g": "http://gexf.net/1.3"}
        t.check(root.tag.endswith("gexf") and len(root.findall(".//g:node", ns)) == nodes
                and len(root.findall(".//g:edge", ns)) == edges, f"export: GEXF is valid XML with {nodes} nodes and {edges} edges")
    except ET.ParseError as error:
        t.check(False, "export: GEXF is valid XML", repr(error))
    status, headers, body = fetch_raw(t, "/api/export/articles.jsonl")
    lines = [line for line in body.decode("utf-8").split("\n") if line]
    try:
        parsed = [json.loads(line) for line in lines]
        ok = len(parsed) == t.api("/api/articles", limit=1).get("total") and all("entities" in a and "events" in a for a in parsed)
        t.check(ok, f"export: articles.jsonl holds every article with its analysis ({len(parsed)} lines)")
    except ValueError as error:
        t.check(False, "export: articles.jsonl is one JSON object a line", repr(error))


def export_link_checks(t, rendered_home):
    """The header's «تنزيل» menu links every export under the app's own path."""
    menu = rendered_home.find("details", cls="exports-menu")
    links = [a.attrs.get("href", "") for a in menu.find_all("a")] if menu else []
    wanted = ["entities.csv", "mentions.csv", "timeline.csv", "graph.graphml", "graph.gexf", "articles.jsonl"]
    t.check(menu is not None and all(any(h.endswith(f"/api/export/{w}") for h in links) for w in wanted),
            "exports: the header menu links all six exports", str(links))
    for href in links[:6]:
        status, headers, _ = fetch_raw(t, urllib.parse.urlparse(href).path + ("?" + urllib.parse.urlparse(href).query if urllib.parse.urlparse(href).query else ""))
        t.check(status == 200 and "attachment" in (headers.get("Content-Disposition") or ""), f"exports: {href} downloads")


CORRECTIONS_SCRIPT = r"""
(async (id, token) => {
  const out = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const wait = async (pred, ms = 15000) => { const end = Date.now() + ms; while (Date.now() < end) { try { const v = pred(); if (v) return v; } catch (e) {} await sleep(50); } return null; };
  const h1 = () => document.querySelector('#main h1')?.textContent.trim();
  const entity = await (await fetch(`api/entities/${encodeURIComponent(id)}`)).json();
  window.marsadNavigate(`./?entity=${encodeURIComponent(id)}`);
  const panel = await wait(() => h1() === entity.name && document.querySelector('.corrections-panel'));
  out.push(['corrections: the entity page has the corrections panel', !!panel, '']);
  if (!panel) return out;
  sessionStorage.removeItem('marsad-write-token');
  panel.open = true;
  const form = panel.querySelector('.token-form');
  out.push(['corrections: the panel asks for the write token', !!form, panel.textContent.slice(0, 100)]);
  if (!form) return out;
  form.querySelector('input').value = token;
  form.requestSubmit();
  const rename = await wait(() => document.querySelector('.corrections-panel .correct-rename'));
  out.push(['corrections: the token is kept in sessionStorage', sessionStorage.getItem('marsad-write-token') === token, '']);
  out.push(['corrections: rename, type, merge-into and hide are offered', !!rename && !!document.querySelector('.correct-retype select') && !!document.querySelector('.correct-merge input[list]') && !!document.querySelector('.correct-hide button.danger'), '']);
  rename.querySelector('input').value = 'اسم للتجربة';
  rename.requestSubmit();
  const renamed = await wait(() => h1() === 'اسم للتجربة');
  out.push(['corrections: rename shows the new name', !!renamed, h1()]);
  const undo = await wait(() => document.querySelector('.correction-list button.undo'));
  out.push(['corrections: the history lists it with who and an undo button', !!undo && /editor|ui/.test(document.querySelector('.correction-list').textContent), document.querySelector('.correction-list')?.textContent]);
  undo?.click();
  out.push(['corrections: undo restores the name', !!(await wait(() => h1() === entity.name && document.querySelector('.correct-hide'))), h1()]);
  document.querySelector('.corrections-panel').open = true;
  document.querySelector('.correct-hide button.danger').click();
  const removed = await wait(() => document.querySelector('.removed-entity'));
  out.push(['corrections: a hidden entity shows a notice with undo', !!removed && !!removed.querySelector('button.undo'), document.querySelector('#main')?.textContent.slice(0, 120)]);
  const list = await (await fetch('api/entities?limit=1000')).json();
  out.push(['corrections: the hidden entity is gone from the entity list', !list.items.some((e) => e.id === id), '']);
  const search = await (await fetch(`api/search?q=${encodeURIComponent(entity.name)}`)).json();
  out.push(['corrections: the hidden entity is gone from search facets', !(search.facets?.entities ?? []).some((e) => e.id === id), '']);
  removed?.querySelector('button.undo')?.click();
  out.push(['corrections: undoing the hide brings the entity page back', !!(await wait(() => !document.querySelector('.removed-entity') && h1() === entity.name && document.querySelector('.correct-hide'))), h1()]);
  const log = await (await fetch(`api/corrections?entity=${encodeURIComponent(id)}`)).json();
  out.push(['corrections: /api/corrections lists both, undone', log.items.length >= 2 && log.items.every((c) => c.undone), JSON.stringify(log.items.map((c) => [c.action, c.undone]))]);
  sessionStorage.removeItem('marsad-write-token');
  return out;
})
"""


def corrections_ui_checks(t, entity, token):
    """Drives the entity page's corrections panel in Chromium: token, rename, undo, hide, undo."""
    if not entity:
        t.check(False, "corrections: the API has an entity to correct")
        return
    page_script_checks(t, "corrections", token, f"{CORRECTIONS_SCRIPT}({json.dumps(entity['id'])}, {json.dumps(token)})")


@contextlib.contextmanager
def chromium_tools(t, prefix, url, width=1280, height=900, page_url=None):
    """A headless Chromium opened at `url` in a fresh profile, under DevTools: yields the client of
    its page (the first whose URL starts with `page_url`, when given). The one start-up of Chromium
    for every check that drives it."""
    with chromium_profile(prefix) as profile:
        proc = subprocess.Popen([t.chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                 "--no-default-browser-check", "--disable-extensions", f"--user-data-dir={profile}",
                                 "--remote-debugging-port=0", f"--window-size={width},{height}", url],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            port_file = os.path.join(profile, "DevToolsActivePort")
            deadline = time.time() + 30
            while not (os.path.exists(port_file) and open(port_file).read().strip()) and time.time() < deadline:
                time.sleep(0.1)
            port = open(port_file).read().split()[0]
            page = None
            while page is None and time.time() < deadline:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                    page = next((p for p in json.load(r) if p.get("type") == "page"
                                 and (page_url is None or p.get("url", "").startswith(page_url))), None)
                if page is None:
                    time.sleep(0.1)
            yield DevTools(page["webSocketDebuggerUrl"])
        finally:
            stop_process_group(proc)


@contextlib.contextmanager
def devtools_page(t, width=1280, height=900):
    """A headless Chromium with one blank page under DevTools: yields the DevTools client."""
    with chromium_tools(t, "marsad-ui-cdp-", "about:blank", width, height) as tools:
        yield tools


def evaluate(tools, expression, timeout=60000):
    """The value of `expression` (awaited) in the page; raises on a script exception."""
    result = tools.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True, timeout=timeout)
    if "exceptionDetails" in result:
        raise RuntimeError(json.dumps(result["exceptionDetails"])[:300])
    return result["result"].get("value")


def wait_in_page(tools, condition, seconds=20):
    """Polls the JavaScript `condition` until it is truthy; returns whether it became so."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if evaluate(tools, condition):
                return True
        except RuntimeError:
            pass
        time.sleep(0.05)
    return False


# Installed before the page's own scripts: records long main-thread tasks and when the view became ready.
TIMING_PROBE = r"""
window.__longTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
document.addEventListener('DOMContentLoaded', () => {
  const main = document.getElementById('main');
  const seen = () => { if (main.dataset.ready && main.getAttribute('aria-busy') === 'false' && !window.__readyAt) window.__readyAt = performance.now(); };
  new MutationObserver(seen).observe(main, { attributes: true });
});
"""

PAGE_FIGURES = r"""(() => ({
  readyMs: window.__readyAt ?? null,
  longestTaskMs: Math.max(0, ...window.__longTasks),
  domNodes: document.getElementsByTagName('*').length,
  largestResponse: performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'))
    .reduce((m, r) => (r.decodedBodySize > m.bytes ? { bytes: r.decodedBodySize, url: r.name } : m), { bytes: 0, url: '' }),
}))()"""


def open_view(tools, t, path):
    """Navigates to `path` with the timing probe installed; waits for the view to be ready and idle."""
    tools.call("Page.enable")
    tools.call("Page.addScriptToEvaluateOnNewDocument", source=TIMING_PROBE)
    tools.call("Page.navigate", url=t.base + path)
    ok = wait_in_page(tools, "window.__readyAt !== undefined && document.getElementById('main')?.dataset.ready")
    # What loads after the view is ready (the axis's window, the list) has a moment to come.
    wait_in_page(tools, "!document.querySelector('[aria-busy=true]')", 10)
    time.sleep(0.5)
    return ok


def plural_checks(t):
    """Arabic number agreement (Public/js/plural.js) for 1, 2, 3, 11 and 100, and where the views use it."""
    expected = {1: "مقال واحد", 2: "مقالان", 3: "3 مقالات", 11: "11 مقالاً", 100: "100 مقال",
                103: "103 مقالات", 111: "111 مقالاً"}
    events = {1: "حدث مؤرّخ واحد", 2: "حدثان مؤرّخان", 3: "3 أحداث مؤرّخة", 11: "11 حدثاً مؤرّخاً", 100: "100 حدث مؤرّخ"}
    try:
        with devtools_page(t) as tools:
            open_view(tools, t, "/")
            got = evaluate(tools, "import(new URL('js/plural.js', document.baseURI)).then((m) => Object.fromEntries("
                                  "[1, 2, 3, 11, 100, 103, 111].map((n) => [n, [m.countPhrase(n, 'article'), m.countPhrase(n, 'datedEvent')]])))")
            for n, phrase in expected.items():
                t.check(got[str(n)][0] == phrase, f"plural: {n} → «{phrase}»", got[str(n)][0])
            for n, phrase in events.items():
                t.check(got[str(n)][1] == phrase, f"plural: {n} → «{phrase}»", got[str(n)][1])
            total = t.api("/api/articles", limit=1).get("total", 0)
            lead = evaluate(tools, "document.querySelector('.intro .lead')?.textContent || ''")
            want = evaluate(tools, f"import(new URL('js/plural.js', document.baseURI)).then((m) => m.countPhrase({total}, 'article'))")
            t.check(f"استكشف {want} " in lead, f"plural: the home page says «استكشف {want}»", lead[:60])
    except Exception as error:  # any failure to drive the browser is a failed check, not a crash
        t.check(False, "plural: drive Chromium over DevTools", repr(error))


def timeline_scale_checks(t, range_text=None):
    """The timeline at scale: drawn from counts, a shared &range= honoured exactly, the list following
    the range and never capped silently, year-less events apart, «أيام» never on an empty stretch,
    labels apart, own article not among «وردت أيضاً في»; and the view's cost (ready time, longest
    main-thread task, DOM nodes, largest API response), printed as figures."""
    overview = t.api("/api/timeline/counts", level="month")
    if not overview.get("first"):
        t.check(True, "timeline-scale: no dated events to check")
        return
    focus = overview["focus"]
    range_text = range_text or f"{focus['from']}..{focus['to']}"
    start, end = range_text.split("..")
    try:
        with devtools_page(t) as tools:
            # The default view: where most events are (the focus), within the budgets. The home page
            # first, so that the scripts are loaded as when a reader comes from it.
            open_view(tools, t, "/")
            ok = open_view(tools, t, "/?view=timeline")
            t.check(ok, "timeline-scale: the timeline view becomes ready")
            figures = evaluate(tools, PAGE_FIGURES)
            print(f"      figures /?view=timeline: {json.dumps(figures, ensure_ascii=False)}")
            t.check((figures["readyMs"] or 1e9) < 1500, "timeline-scale: ready in < 1.5 s", f"{figures['readyMs']} ms")
            t.check(figures["longestTaskMs"] < 200, "timeline-scale: no main-thread task over 200 ms", f"{figures['longestTaskMs']} ms")
            t.check(figures["domNodes"] < 5000, "timeline-scale: under 5,000 DOM nodes", figures["domNodes"])
            t.check(figures["largestResponse"]["bytes"] < 500_000, "timeline-scale: no API response over 500 KB",
                    f"{figures['largestResponse']}")
            label = evaluate(tools, "document.querySelector('.range-label')?.textContent || ''")
            first_year = focus["from"][:4]
            t.check(first_year in label, f"timeline-scale: opens on the focus {focus['from']}..{focus['to']}", label)
            undated = overview.get("undated", 0)
            if undated:
                shown = evaluate(tools, "document.querySelectorAll('#undated-heading ~ .list-body li.event').length")
                t.check(shown == min(undated, 50), f"timeline-scale: the {undated} year-less events are listed apart", shown)
            own = evaluate(tools, r"""[...document.querySelectorAll('li.event')].filter((li) => {
                const mine = li.querySelector('.event-source > a')?.getAttribute('href');
                return [...li.querySelectorAll('.other-sources a')].some((a) => a.getAttribute('href') === mine);
              }).length""")
            t.check(own == 0, "timeline-scale: «وردت أيضاً في» never lists the event's own article", own)
            overlaps = evaluate(tools, r"""(() => {
                const boxes = [...document.querySelectorAll('svg.timeline-svg text.bar-label, svg.timeline-svg text.mark-label, svg.timeline-svg .tick text')]
                  .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
                let n = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) n++;
                }
                return [n, boxes.length];
              })()""")
            t.check(overlaps[0] == 0 and overlaps[1] > 0, f"timeline-scale: {overlaps[1]} axis labels, none overlapping", overlaps[0])

            # «أيام» lands where there are events, even from the whole span (where the middle may be empty).
            evaluate(tools, "document.querySelector('.timeline-controls .fit-all').click()")
            evaluate(tools, "[...document.querySelectorAll('.timeline-controls button.preset')].pop().click()")
            wait_in_page(tools, "false", 1.2)
            marks = evaluate(tools, "document.querySelectorAll('svg.timeline-svg .bucket, svg.timeline-svg .event-mark, svg.timeline-svg .bucket-span').length")
            listed = evaluate(tools, "document.querySelectorAll('.timeline-list li.event').length")
            t.check(marks > 0 and listed > 0, "timeline-scale: «أيام» from the whole span opens on events", f"{marks} marks, {listed} listed")

            # A shared range: honoured exactly, the list follows it and says how many of how many.
            ok = open_view(tools, t, f"/?view=timeline&range={range_text}")
            figures = evaluate(tools, PAGE_FIGURES)
            print(f"      figures /?view=timeline&range={range_text}: {json.dumps(figures, ensure_ascii=False)}")
            t.check(ok and (figures["readyMs"] or 1e9) < 1500, f"timeline-scale: &range={range_text} ready in < 1.5 s", f"{figures['readyMs']} ms")
            time.sleep(0.6)
            href = evaluate(tools, "location.search")
            t.check(urllib.parse.parse_qs(href[1:]).get("range") == [range_text], f"timeline-scale: &range={range_text} kept exactly", href)
            total = t.api("/api/timeline", **{"from": start, "to": end, "within": "true", "limit": 1}).get("total", 0)
            status = evaluate(tools, "document.querySelector('#event-list-heading ~ .list-status')?.textContent || ''")
            shown = evaluate(tools, "document.querySelectorAll('#event-list-heading ~ .list-body li.event').length")
            dates = evaluate(tools, "[...document.querySelectorAll('#event-list-heading ~ .list-body li.event time')].map((e) => e.getAttribute('datetime'))")
            digits = re.sub(r"[^\d]", "", status.split("؛")[0].split(" بين ")[0])
            t.check(shown == min(total, 50) and (total == 0 or digits == str(total) or total in (1, 2)),
                    f"timeline-scale: the list shows {min(total, 50)} of the {total} events of the range and says so", f"{shown}: {status}")
            t.check(all(d[:len(end)] <= end and (d + "-99-99")[:len(start)] >= start[:len(d)] for d in dates if d),
                    "timeline-scale: every listed event lies in the range", str(dates[:3]))
    except Exception as error:  # any failure to drive the browser is a failed check, not a crash
        t.check(False, "timeline-scale: drive Chromium over DevTools", repr(error))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", default="test-artifacts/ui-screenshots")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    ap.add_argument("--prefix", default="", help="a --base-path the server also answers under, e.g. /marsad")
    ap.add_argument("--only", default="", help="comma-separated check groups to run alone: plural, timeline-scale")
    ap.add_argument("--timeline-range", default=None, help="the &range= the timeline-scale checks share (default: the focus)")
    args = ap.parse_args()
    t = Runner(args.base, args.out, args.chromium)
    if args.only:
        groups = {"plural": lambda: plural_checks(t), "timeline-scale": lambda: timeline_scale_checks(t, args.timeline_range)}
        for name in args.only.split(","):
            groups[name.strip()]()
        print(f"{t.passed} passed, {t.failed} failed")
        return 1 if t.failed else 0
    q = urllib.parse.quote

    # What the API holds today decides which checks can demand content.
    articles = t.api("/api/articles", limit=5)
    known = t.api(f"/api/articles/{KNOWN_ARTICLE}")
    entities = t.api("/api/entities", limit=1000).get("items", [])
    entity = max(entities, key=lambda e: e.get("mentionCount", 0)) if entities else None
    timeline = t.api("/api/timeline", limit=1000)
    search = t.api("/api/search", q=BENGHAZI, limit=10)

    views = {
        "home": "/",
        "search": f"/?q={q(BENGHAZI)}",
        "search-none": f"/?q={q('زززقققغغغ')}",
        "search-escaping": f"/?q={q('<img src=x onerror=alert(1)>')}",
        "article": f"/?article={KNOWN_ARTICLE}",
        "article-missing": "/?article=does-not-exist",
        "entity": f"/?entity={q(entity['id'])}" if entity else "/?entity=does-not-exist",
        "timeline": "/?view=timeline",
        "graph": "/?view=graph",
        "api-tour": "/api.html",
    }
    misspelt = t.api("/api/search", q="بنغاري", limit=1)
    views["search-suggestion"] = f"/?q={q('بنغاري')}"
    day_events = [e for e in timeline.get("items", []) if e.get("precision") == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("date", ""))]
    if day_events:
        day = datetime.date.fromisoformat(day_events[0]["date"])
        zoom = f"{day - datetime.timedelta(days=20)}..{day + datetime.timedelta(days=20)}"
        views["timeline-zoomed"] = f"/?view=timeline&range={zoom}"
    if entity:
        views["timeline-entity"] = f"/?view=timeline&entity={q(entity['id'])}"
        facets = search.get("facets", {}).get("entities", [])
        if facets:
            views["search-facet"] = f"/?q={q(BENGHAZI)}&entity={q(facets[0]['id'])}"
    phones = {"phone-home": "/", "phone-article": f"/?article={KNOWN_ARTICLE}", "phone-timeline": "/?view=timeline"}

    prefix = args.prefix.rstrip("/")
    prefixed = {"prefix-search": f"{prefix}/?q={q(BENGHAZI)}", "prefix-timeline": f"{prefix}/?view=timeline"} if prefix else {}
    views.update(prefixed)
    darks = {"dark-article": f"/?article={KNOWN_ARTICLE}", "dark-timeline": "/?view=timeline"}
    dark_flags = ("--blink-settings=preferredColorScheme=0", "--force-dark-mode")
    jobs = ([(n, p, 1280, 900) for n, p in views.items()] + [(n, p, 390, 844) for n, p in phones.items()]
            + [(n, p, 1280, 900, dark_flags) for n, p in darks.items()])
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        rendered = dict(zip([j[0] for j in jobs], pool.map(lambda j: t.render(*j), jobs)))

    def ready(name, view):
        dom = rendered[name][0]
        main_el = dom.find(id="main")
        ok = main_el is not None and main_el.attrs.get("data-ready") == view
        t.check(ok, f"{name}: the {view} view rendered", "main[data-ready] missing — script error or timeout?")
        html_el = dom.find("html")
        t.check(html_el is not None and html_el.attrs.get("lang") == "ar" and html_el.attrs.get("dir") == "rtl",
                f"{name}: <html lang=ar dir=rtl>")
        t.check(not rendered[name][2], f"{name}: no uncaught script errors", "; ".join(rendered[name][2])[:300])
        return dom, main_el or parse("")

    # Home: the article list.
    dom, main_el = ready("home", "home")
    titles = [norm(a.get("title")) for a in articles.get("items", [])]
    listed = [norm(a.text()) for a in main_el.find_all("a") if (a.attrs.get("href") or "").startswith("/?article=")]
    t.check(titles and all(title in listed for title in titles), "home: lists the first articles' titles", f"expected {titles[:2]}")

    # The API tour, rendered in the browser from /openapi.json.
    dom, main_el = ready("api-tour", "api")
    tour = main_el.find(id="api-tour")
    t.check(tour is not None and "GET /api/search" in tour.text(), "api-tour: lists GET /api/search from /openapi.json")
    t.check(any(a.attrs.get("href") == "api.html" for a in rendered["home"][0].find_all("a")),
            "home: the navigation links to the API tour")

    # Search.
    dom, main_el = ready("search", "search")
    hit_titles = [norm(h.text()) for h in main_el.find_all(cls="hit-title")]
    for title in BENGHAZI_TITLES:
        t.check(norm(title) in hit_titles, f"search: /?q={BENGHAZI} lists «{title}»", f"hits: {hit_titles}")
    marks = main_el.find_all("mark")
    api_marks = sum(len(s.get("highlights", [])) for h in search.get("items", []) for s in h.get("snippets", []))
    t.check(len(marks) == api_marks and (api_marks == 0 or any(BENGHAZI in m.text() for m in marks)),
            f"search: snippets carry {api_marks} <mark> highlights", f"found {len(marks)}")
    facets = search.get("facets", {}).get("entities", [])
    t.check(len(main_el.find_all(cls="facet")) == len(facets), f"search: {len(facets)} entity facets shown")
    if "search-facet" in rendered:
        dom, main_el = ready("search-facet", "search")
        t.check(main_el.find(cls="active-filter") is not None, "search: a facet filters by entity and says so")

    dom, main_el = ready("search-suggestion", "search")
    if misspelt.get("suggestion"):
        box = main_el.find(cls="suggestion")
        t.check(box is not None and misspelt["suggestion"] in box.text() and box.find("a") is not None,
                f"search: offers «did you mean {misspelt['suggestion']}» as a link")
    else:
        t.check(main_el.find(cls="no-results") is not None or main_el.find(cls="hit") is not None, "search: a misspelt query still renders")

    dom, main_el = ready("search-none", "search")
    t.check(main_el.find(cls="no-results") is not None, "search: an unmatched query shows the no-results help")

    dom, main_el = ready("search-escaping", "search")
    t.check(not main_el.find_all("img") and "<img src=x" in main_el.text(),
            "search: the query is shown as text, never parsed as HTML")

    # Article reader.
    dom, main_el = ready("article", "article")
    h1 = main_el.find("h1")
    t.check(h1 is not None and norm(h1.text()) == norm(known.get("title")), "article: shows the title", f"h1: {h1 and norm(h1.text())}")
    body = main_el.find(cls="article-body")
    paragraphs = body.find_all("p") if body else []
    api_paragraphs = known.get("paragraphs", [])
    t.check(len(paragraphs) == len(api_paragraphs) and all(norm(p.text()) == norm(a) for p, a in zip(paragraphs, api_paragraphs)),
            f"article: shows its {len(api_paragraphs)} paragraphs", f"rendered {len(paragraphs)}")
    mentions = sum(len(e.get("mentions", [])) for e in known.get("entities", []))
    inline = body.find_all("a", cls="entity") if body else []
    t.check(len(inline) > 0 if mentions else True, f"article: entities marked inline ({len(inline)} of {mentions} mentions)")
    t.check(mentions == 0 or main_el.find(cls="legend") is not None, "article: a legend explains the entity colours")
    events = known.get("events", [])
    listed_events = main_el.find(cls="article-aside")
    t.check(listed_events is not None and len(listed_events.find_all("li", cls="event")) == len(events),
            f"article: lists its {len(events)} dated events")

    dom, main_el = ready("article-missing", "article")
    box = main_el.find(cls="error-box")
    t.check(box is not None and "does-not-exist" in box.text(), "article: an unknown id shows the problem detail",
            norm(main_el.text())[:200])

    # Entity page.
    dom, main_el = ready("entity", "entity")
    if entity:
        h1 = main_el.find("h1")
        t.check(h1 is not None and norm(h1.text()) == norm(entity["name"]), f"entity: shows the name «{entity['name']}»")
        t.check(len(main_el.find_all("ul", cls="kwic")) > 0, "entity: mentions shown in context")
    else:
        t.check(main_el.find(cls="error-box") is not None, "entity: an unknown id shows an error (the API has no entities yet)")

    # Timeline.
    dom, main_el = ready("timeline", "timeline")
    dated = [e for e in timeline.get("items", []) if not str(e.get("date", "")).startswith("XXXX")]
    if timeline.get("total", 0) > 0:
        t.check(main_el.find("svg", cls="timeline-svg") is not None if dated else True, "timeline: draws the SVG time axis")
        t.check(len(main_el.find_all(cls="event-mark")) + len(main_el.find_all(cls="bucket")) > 0 if dated else True, "timeline: places events (or their counts) on the axis")
        shown = sum(len(l.find_all("li", cls="event")) for l in main_el.find_all(cls="timeline-list"))
        t.check(0 < shown <= 100, "timeline: lists a page of the events (of the range shown and of unknown year)", f"shown {shown}")
        t.check(len(main_el.find_all("time")) > 0 if dated else True, "timeline: dates are <time> elements")
    else:
        t.check(main_el.find(cls="no-results") is not None, "timeline: says there are no events yet (the API has none)")
    if "timeline-zoomed" in rendered:
        dom, main_el = ready("timeline-zoomed", "timeline")
        svg = main_el.find("svg", cls="timeline-svg")
        month = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"][day.month - 1]
        ticks = [norm(x.text()) for x in svg.find_all("text")] if svg else []
        t.check(any(re.fullmatch(rf"\d+ {month}", x) for x in ticks), f"timeline: &range={zoom} zooms to days", f"ticks: {ticks[:6]}")
        points = [m for m in svg.find_all(cls="prec-day") if m.find("circle") is not None] if svg else []
        t.check(len(points) > 0, f"timeline: the {day} event is drawn as a point")
    if "timeline-entity" in rendered:
        dom, main_el = ready("timeline-entity", "timeline")
        h1 = main_el.find("h1")
        t.check(h1 is not None and entity["name"] in h1.text(), "timeline: filtered by entity names it")
        total = t.api("/api/timeline", entity=entity["id"], limit=1).get("total", 0)
        shown = len(main_el.find_all("li", cls="event"))
        t.check(0 < shown <= min(total, 100) if total else shown == 0, f"timeline: the entity filter lists a page of its {total} events", f"shown {shown}")

    # Graph.
    dom, main_el = ready("graph", "graph")
    if entities:
        svg = main_el.find("svg", cls="graph-svg")
        nodes = svg.find_all(cls="node") if svg else []
        t.check(len(nodes) > 0, f"graph: renders {len(nodes)} SVG nodes")
        t.check(all((n.attrs.get("href") or "").startswith("/?entity=") for n in nodes), "graph: every node links to its entity page")
    else:
        t.check(main_el.find(cls="no-results") is not None, "graph: says there are no entities yet (the API has none)")

    # Phone width: the same views render (screenshots are for looking at).
    for name in phones:
        view = {"phone-home": "home", "phone-article": "article", "phone-timeline": "timeline"}[name]
        main_el = rendered[name][0].find(id="main")
        t.check(main_el is not None and main_el.attrs.get("data-ready") == view, f"{name}: renders at 390px wide")

    # Under a proxy prefix (--base-path): assets, API calls and links all stay under it.
    if prefix:
        dom, main_el = ready("prefix-search", "search")
        links = [a.attrs.get("href", "") for a in main_el.find_all("a", cls=None) if "article=" in a.attrs.get("href", "")]
        t.check(len(main_el.find_all(cls="hit")) >= 2, f"prefix: {prefix}/?q={BENGHAZI} loads the assets and finds the articles")
        t.check(links and all(h.startswith(f"{prefix}/?article=") for h in links), f"prefix: links stay under {prefix}/", str(links[:2]))
        dom, main_el = ready("prefix-timeline", "timeline")
        t.check(main_el.find(cls="no-results") is not None or main_el.find("li", cls="event") is not None, f"prefix: the timeline loads its events under {prefix}/")

    # Dark colour scheme: the same views render (screenshots are for looking at).
    for name in darks:
        main_el = rendered[name][0].find(id="main")
        t.check(main_el is not None and main_el.attrs.get("data-ready") == name.split("-")[1], f"{name}: renders in the dark colour scheme")

    # Clicks, Back/Forward, the search form, keyboard and wheel in one live page.
    interaction_checks(t)
    plural_checks(t)
    timeline_scale_checks(t)
    graph_checks(t)
    search_date_checks(t)

    # Exports and entity corrections (they change the corpus, so they run last, and undo what they do).
    export_checks(t)
    export_link_checks(t, rendered["home"][0])
    corrections_ui_checks(t, entity, os.environ.get("MARSAD_UI_TOKEN", ""))
    local_name_checks(t, os.environ.get("MARSAD_UI_TOKEN", ""))

    print(f"screenshots in {args.out}/")
    print(f"{t.passed} passed, {t.failed} failed")
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
