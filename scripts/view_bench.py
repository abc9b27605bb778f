#!/usr/bin/env python3
"""Times the browse endpoints and views against a running server (e.g. one loaded with the 31k
SaudiNewsNet bench): response sizes and server times of /api/entities, /api/graph and
/api/search (with facets), and the graph, search, home and most-mentioned-entity views in headless
Chromium (time until the view is ready, the largest API response it fetched). Standard library only.

Usage: view_bench.py --base http://127.0.0.1:PORT [--query word]... [--chromium chromium]
"""
import argparse
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

sys.path.insert(0, __import__("os").path.dirname(__file__))
import ui_test  # noqa: E402  (live_page: Chromium over DevTools)


def fetch(base, path, **params):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    times, body = [], b""
    for _ in range(7):
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as r:
            body = r.read()
        times.append((time.perf_counter() - start) * 1000)
    return json.loads(body), len(body), statistics.median(times), max(times)


def report(label, size, median, worst):
    print(f"{label:60s} {size / 1024:9.1f} KB  median {median:7.1f} ms  max {worst:7.1f} ms")


READY_TIME = r"""
(async (view) => {
  const end = Date.now() + 20000;
  const ready = () => document.getElementById('main')?.dataset.ready === view && document.getElementById('main').getAttribute('aria-busy') === 'false';
  while (Date.now() < end && !ready()) await new Promise((r) => setTimeout(r, 5));
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'));
  const nav = performance.getEntriesByType('navigation')[0];
  return { ready: ready(), ms: performance.now(), requests: api.length,
           loaded: nav ? nav.loadEventEnd : 0, apiStart: Math.min(...api.map((e) => e.startTime)), apiEnd: Math.max(0, ...api.map((e) => e.responseEnd)),
           largest: Math.max(0, ...api.map((e) => e.encodedBodySize || e.transferSize || 0)),
           nodes: document.getElementsByTagName('*').length };
})
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--query", action="append", default=[])
    ap.add_argument("--chromium", default="chromium")
    args = ap.parse_args()
    base = args.base.rstrip("/")
    queries = args.query or ["السعودية", "وزير الداخلية", "الرياض"]

    for limit in (20, 50, 100, 1000):
        _, size, med, worst = fetch(base, "/api/entities", limit=limit)
        report(f"/api/entities?limit={limit}", size, med, worst)
    _, size, med, worst = fetch(base, "/api/entities", limit=20, offset=500)
    report("/api/entities?limit=20&offset=500", size, med, worst)
    top = fetch(base, "/api/entities", limit=1)[0]["items"][0]
    _, size, med, worst = fetch(base, f"/api/entities/{top['id']}/articles", limit=20)
    report(f"/api/entities/{{top}}/articles?limit=20 (of {top['articleCount']})", size, med, worst)
    for limit in (40, 80, 200):
        graph, size, med, worst = fetch(base, "/api/graph", limit=limit)
        report(f"/api/graph?limit={limit} ({len(graph['nodes'])} nodes, {len(graph['edges'])} edges)", size, med, worst)
    _, size, med, worst = fetch(base, "/api/graph", limit=40, **{"from": "2015-07", "to": "2015-07"})
    report("/api/graph?limit=40&from=2015-07&to=2015-07", size, med, worst)
    for q in queries:
        for extra in ({}, {"sort": "date"}, {"from": "2015-08", "to": "2015-08", "dateField": "published"}):
            body, size, med, worst = fetch(base, "/api/search", q=q, limit=10, **extra)
            report(f"/api/search q={q} {urllib.parse.urlencode(extra)} ({body['total']} hits)", size, med, worst)

    views = {"graph": "/?view=graph", "search": "/?q=" + urllib.parse.quote(queries[0]), "home": "/",
             "entity": "/?entity=" + urllib.parse.quote(top["id"])}
    t = ui_test.Runner(base, "/tmp/view-bench-shots", args.chromium)
    for name, path in views.items():
        runs = []
        for _ in range(3):
            with ui_test.live_page(t, path) as evaluate:
                runs.append(evaluate(f"{READY_TIME}('{name}')"))
        best = min(r["ms"] for r in runs)
        each = ", ".join(f"{r['ms']:.0f} (load {r['loaded']:.0f}, API {r['apiStart']:.0f}–{r['apiEnd']:.0f})" for r in runs)
        print(f"view {name:10s} ready {all(r['ready'] for r in runs)}  {best:7.0f} ms (best of 3; {each})"
              f"  {runs[0]['requests']} API requests, largest {runs[0]['largest'] / 1024:.1f} KB, {runs[0]['nodes']} DOM nodes")


if __name__ == "__main__":
    main()
