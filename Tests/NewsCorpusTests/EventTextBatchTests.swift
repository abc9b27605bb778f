import Testing
@testable import NewsCorpus

/// `Corpus.sentencesAndExpressions(of:)` (the timeline export's blocks) gives each event what
/// `sentenceAndExpression(of:)` gives it, in the order asked, whatever the order and repeats.
@Suite struct EventTextBatchTests {
    @Test func aBlockGivesEachEventItsOwnSentenceInTheOrderAsked() {
        let c = CompactStorageTests.corpus
        #expect(c.events.count > 3)
        let forward = Array(c.events.indices)
        var mixed = forward.reversed() + forward.filter { $0 % 2 == 0 }
        var generator = SystemRandomNumberGenerator()
        mixed.shuffle(using: &generator)
        for order in [forward, mixed, [], [forward[forward.count / 2]]] {
            let answers = c.sentencesAndExpressions(of: order)
            #expect(answers.count == order.count)
            for (i, answer) in zip(order, answers) {
                let one = c.sentenceAndExpression(of: c.events[i])
                #expect(answer.sentence == one.sentence, "event \(i)")
                #expect(answer.expression == one.expression, "event \(i)")
                #expect(answer.sentence == c.text(of: c.events[i]))
            }
        }
        // Events of several articles are asked for together, so grouping by article is exercised.
        #expect(Set(forward.map { c.events[$0].article }).count > 1)
    }
}
