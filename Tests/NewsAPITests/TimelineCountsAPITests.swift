import Foundation
import HTTPCore
import Testing

/// `GET /api/timeline/counts`: the time axis's counts per year, month or day.
@Suite struct TimelineCountsAPITests {
    static func counts(_ query: String) -> [String: Any] {
        SeedAPI.get("/api/timeline/counts?" + query).json.object
    }

    static func buckets(_ body: [String: Any]) -> [(date: String, precision: String, count: Int)] {
        (body["buckets"] as? [[String: Any]] ?? []).map {
            ($0["date"] as? String ?? "", $0["precision"] as? String ?? "", $0["count"] as? Int ?? 0)
        }
    }

    static func timelineTotal(_ query: String) -> Int {
        SeedAPI.get("/api/timeline?limit=1&" + query).json.object["total"] as? Int ?? -1
    }

    /// Day-precision event dates of the seeds, oldest first.
    static let days: [String] = {
        let items = SeedAPI.get("/api/timeline?limit=1000").json.object["items"] as? [[String: Any]] ?? []
        return items.filter { $0["precision"] as? String == "day" && !($0["date"] as? String ?? "X").hasPrefix("X") }
            .compactMap { $0["date"] as? String }
    }()

    @Test(arguments: ["year", "month", "day"])
    func bucketsAddUpToTheEventsOfTheRange(level: String) throws {
        let first = try #require(Self.days.first), last = try #require(Self.days.last)
        for range in ["", "from=\(first)&to=\(last)", "from=\(first.prefix(4))&to=\(first.prefix(4))", "from=2000&to=2013"] {
            let body = Self.counts("level=\(level)&" + range)
            let sum = Self.buckets(body).reduce(0) { $0 + $1.count }
            #expect(sum == body["total"] as? Int, "\(level) \(range)")
            let listed = Self.timelineTotal(range)
            let undated = range.isEmpty ? body["undated"] as? Int ?? 0 : 0
            #expect(sum + undated == listed, "\(level) \(range): buckets \(sum) + undated \(undated), list \(listed)")
        }
    }

    @Test func bucketsAreThePeriodsOfTheLevelOrCoarserDates() {
        let patterns = ["year": #"^\d{4}$"#, "month": #"^\d{4}-\d{2}$"#, "day": #"^\d{4}-\d{2}-\d{2}$"#]
        let coarser = ["year": ["decade"], "month": ["year", "decade"], "day": ["month", "year", "decade"]]
        for (level, pattern) in patterns {
            let body = Self.counts("level=\(level)")
            #expect(body["level"] as? String == level)
            let buckets = Self.buckets(body)
            #expect(!buckets.isEmpty)
            for b in buckets {
                if b.precision == level {
                    #expect(b.date.range(of: pattern, options: .regularExpression) != nil, "\(level): \(b.date)")
                } else {
                    #expect(coarser[level]!.contains(b.precision), "\(level): \(b.date) \(b.precision)")
                }
                #expect(b.count > 0)
            }
            #expect(Set(buckets.map { "\($0.date) \($0.precision)" }).count == buckets.count, "\(level): one bucket a period")
        }
        // A year's bucket holds its months and days and its year-precision events.
        let years = Self.buckets(Self.counts("level=year")).filter { $0.precision == "year" }
        let months = Self.buckets(Self.counts("level=month")).filter { $0.precision != "decade" }
        for year in years {
            #expect(year.count == months.filter { $0.date.hasPrefix(year.date) }.reduce(0) { $0 + $1.count }, "\(year.date)")
        }
    }

    @Test func rangeEdgesAreInclusive() throws {
        let day = try #require(Self.days.first)
        let body = Self.counts("level=day&from=\(day)&to=\(day)")
        let bucket = Self.buckets(body).first { $0.date == day }
        #expect((bucket?.count ?? 0) >= 1, "an event on \(day) is in from=\(day)&to=\(day)")
        #expect(Self.timelineTotal("from=\(day)&to=\(day)") >= bucket?.count ?? 1)
        // Days either side of the event's day hold none of that day's events.
        let after = Self.buckets(Self.counts("level=day&from=\(Self.next(day))&to=\(Self.next(Self.next(day)))"))
        #expect(!after.contains { $0.date == day })
    }

    @Test func autoLevelFollowsTheSpan() {
        #expect(Self.counts("from=2012-09-01&to=2012-10-31")["level"] as? String == "day")
        #expect(Self.counts("from=2010&to=2012")["level"] as? String == "month")
        #expect(Self.counts("from=1950&to=2012")["level"] as? String == "year")
        #expect(Self.counts("")["level"] as? String == "year")
    }

    @Test func extentAndFocusDescribeTheFilteredEvents() throws {
        let body = Self.counts("level=year&from=2012-09-01&to=2012-09-30")
        let first = try #require(body["first"] as? String), last = try #require(body["last"] as? String)
        let focus = try #require(body["focus"] as? [String: String])
        #expect(first <= focus["from"]! && focus["from"]! <= focus["to"]! && focus["to"]! <= last)
        #expect(body["from"] as? String == "2012-09-01" && body["to"] as? String == "2012-09-30")
    }

    @Test(arguments: ["from=2015-13", "to=yesterday", "from=2015&to=2012", "level=week", "undated=true", "limit=5",
                      "entity=nobody", "article=nothing"])
    func badParametersAre400Problems(query: String) {
        let (status, json, response) = SeedAPI.get("/api/timeline/counts?" + query)
        #expect(status == 400)
        #expect(response.headerFields[.contentType] == MediaType.problemJSON)
        #expect(json.object["status"] as? Int == 400)
        let name = String(query.split(separator: "=")[0])
        #expect(json.object["parameter"] as? String == (query == "from=2015&to=2012" ? "from" : name))
    }

    @Test func undatedListsTheEventsOfUnknownYear() {
        let items = SeedAPI.get("/api/timeline?undated=true&limit=1000").json.object["items"] as? [[String: Any]] ?? []
        #expect(items.allSatisfy { ($0["date"] as? String ?? "").hasPrefix("XXXX") })
        #expect(items.count == Self.counts("")["undated"] as? Int)
        #expect(SeedAPI.get("/api/timeline?undated=true&from=2012").status == 400)
        #expect(SeedAPI.get("/api/timeline?undated=maybe").status == 400)
    }

    /// The first and last year (or month, `monthly`) a contract date can mean; nil for an unknown year.
    static func bounds(_ date: String, monthly: Bool) -> (String, String)? {
        guard !date.hasPrefix("X") else { return nil }
        if date.hasSuffix("X") {
            let d = date.dropLast()
            return monthly ? ("\(d)0-01", "\(d)9-12") : ("\(d)0", "\(d)9")
        }
        let parts = date.split(separator: "-").map(String.init)
        guard monthly else { return (parts[0], parts[0]) }
        return parts.count == 1 ? ("\(parts[0])-01", "\(parts[0])-12") : ("\(parts[0])-\(parts[1])", "\(parts[0])-\(parts[1])")
    }

    @Test(arguments: [("2012-09", "2012-09"), ("2012", "2012"), ("2010", "2019")])
    func withinKeepsTheEventsDatedInsideTheRange(from: String, to: String) {
        let query = "/api/timeline?limit=1000&from=\(from)&to=\(to)"
        let dates = { (q: String) in
            (SeedAPI.get(q).json.object["items"] as? [[String: Any]] ?? []).map { $0["date"] as? String ?? "" }
        }
        let within = dates(query + "&within=true"), overlapping = dates(query)
        let inside = overlapping.filter { date in
            guard let (lo, hi) = Self.bounds(date, monthly: from.count > 4) else { return false }
            return lo >= from && hi <= to
        }
        #expect(within == inside, "\(from)..\(to)")
        #expect(!within.isEmpty, "\(from)..\(to)")
        // September 2012 is overlapped by the seeds' year-2012 events, which do not lie within it.
        if from == "2012-09" { #expect(within.count < overlapping.count, "\(within.count) of \(overlapping.count)") }
    }

    @Test func withinTakesTrueOrFalseOnTheListOnly() {
        #expect(SeedAPI.get("/api/timeline?within=perhaps").status == 400)
        #expect(SeedAPI.get("/api/timeline/counts?within=true").status == 400)
    }

    static func next(_ day: String) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: f.date(from: day)!.addingTimeInterval(86_400))
    }
}
