import Foundation

/// Prints the scale table and how each figure grows from one size to the next.
struct ScaleReport {
    let results: [ScaleResult]

    func print() {
        let mb = { (bytes: Int) in Double(bytes) / 1_048_576 }
        Swift.print("== Scale (synthetic corpora; times in s, memory in MiB, search in ms)")
        Swift.print("(RSS: VmRSS once the snapshot is built; HWM: VmHWM, the peak during the build; both over raw MiB; heap: malloc's bytes in use at the RSS reading)")
        Swift.print("articles   raw MiB   load  analysis  corpus  snapshot (index)  total  CPU s  CPU µs/article   RSS    HWM   heap  RSS/raw  HWM/raw  entities  events")
        for r in results {
            Swift.print(String(format: "%8d  %8.1f  %5.2f  %8.2f  %6.2f  %8.2f (%5.2f)  %5.2f  %5.1f  %14.0f  %5.0f  %5.0f  %5.0f  %7.2f  %7.2f  %8d  %6d",
                               r.articles, mb(r.rawBytes), r.load, r.analysis, r.corpus, r.snapshot, r.index, r.total,
                               r.buildCPU, r.buildCPU / Double(max(1, r.articles)) * 1e6, mb(r.resident), mb(r.peak), mb(r.heap),
                               Double(r.resident) / Double(max(1, r.rawBytes)), Double(r.peak) / Double(max(1, r.rawBytes)),
                               r.entities, r.events))
        }
        Swift.print("\nSearch latency in ms, p50 / p99 (query mix: \(QueryMix.queries(topEntity: "x").count) queries; CPU = thread CPU time, robust to a loaded machine)")
        Swift.print("articles  router wall         router CPU          raw index wall      raw index CPU")
        for r in results {
            Swift.print(String(format: "%8d  %7.3f / %-8.3f  %7.3f / %-8.3f  %7.3f / %-8.3f  %7.3f / %-8.3f", r.articles,
                               r.routerP50, r.routerP99, r.routerCPUP50, r.routerCPUP99,
                               r.indexP50, r.indexP99, r.indexCPUP50, r.indexCPUP99))
        }
        guard results.count > 1 else { return }
        Swift.print("\nGrowth from one size to the next (x articles: ratio of each figure)")
        for (a, b) in zip(results, results.dropFirst()) {
            let ratio = { (x: Double, y: Double) in y / max(x, 1e-9) }
            Swift.print(String(format: "%d -> %d (x%.1f): build wall x%.2f CPU x%.2f, RSS x%.2f, search p99 CPU x%.2f (router) x%.2f (index)",
                               a.articles, b.articles, ratio(Double(a.articles), Double(b.articles)),
                               ratio(a.total, b.total), ratio(a.buildCPU, b.buildCPU), ratio(Double(a.resident), Double(b.resident)),
                               ratio(a.routerCPUP99, b.routerCPUP99), ratio(a.indexCPUP99, b.indexCPUP99)))
        }
    }
}
