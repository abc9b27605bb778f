import HTTPCore
import Testing
@testable import HTTPServer

/// The connection lifecycle, driven with a fake clock: no sockets, no waiting.
@Suite struct ConnectionStateMachineTests {
    let t0 = ContinuousClock.now
    var limits: HTTPLimits {
        var limits = HTTPLimits()
        limits.headerReadTimeout = .seconds(10)
        limits.idleTimeout = .seconds(30)
        limits.minTransferRate = 100
        limits.minTransferRateGrace = .seconds(5)
        limits.maxRequestsPerConnection = 3
        return limits
    }

    @Test func idleConnectionClosesSilentlyAfterIdleTimeout() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        #expect(machine.tick(now: t0 + .seconds(29)) == .none)
        #expect(machine.tick(now: t0 + .seconds(30)) == .close)
        #expect(machine.phase == .closed)
    }

    @Test func aWriteThatKeepsMovingIsNotIdle() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
        machine.requestReceived(now: t0)
        let keepAlive = machine.responseQueued(clientKeepAlive: true, now: t0)
        #expect(keepAlive)
        // A long download: bytes go out every 20 s, so 30 s of idleness never pass.
        for step in 1...5 {
            #expect(machine.tick(now: t0 + .seconds(20 * step)) == .none)
            machine.writeProgressed(now: t0 + .seconds(20 * step))
        }
        // Then it stalls.
        #expect(machine.tick(now: t0 + .seconds(129)) == .none)
        #expect(machine.tick(now: t0 + .seconds(130)) == .close)
    }

    @Test func slowHeadersGet408() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(2_000, parserIdle: false, readingBody: false, now: t0 + .seconds(1))
        #expect(machine.tick(now: t0 + .seconds(10)) == .none)
        guard case .respondAndClose(let error) = machine.tick(now: t0 + .seconds(11)) else {
            Issue.record("expected a 408"); return
        }
        #expect(error.status == .requestTimeout)
        #expect(machine.writeFinished(parserIdle: true, now: t0 + .seconds(12)) == .close)
    }

    @Test func slowBodyFailsTheMinimumRateAfterTheGrace() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(100, parserIdle: false, readingBody: true, now: t0)
        #expect(machine.tick(now: t0 + .seconds(4)) == .none)   // within grace
        machine.bytesReceived(500, parserIdle: false, readingBody: true, now: t0 + .seconds(4))
        #expect(machine.tick(now: t0 + .seconds(5) + .milliseconds(1)) == .none)   // 500 B in 5 s is fast enough
        guard case .respondAndClose = machine.tick(now: t0 + .seconds(7)) else {
            Issue.record("expected a rate failure"); return
        }
    }

    @Test func keepAliveReturnsToIdleAndCapsRequests() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        for index in 1...3 {
            machine.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
            let keepAlive = machine.responseQueued(clientKeepAlive: true, now: t0)
            #expect(keepAlive == (index < 3))
            let action = machine.writeFinished(parserIdle: true, now: t0)
            #expect(action == (index < 3 ? .none : .close))
        }
    }

    @Test func clientCloseIsHonoured() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
        #expect(machine.responseQueued(clientKeepAlive: false, now: t0) == false)
        #expect(machine.writeFinished(parserIdle: true, now: t0) == .close)
    }

    @Test func shutdownClosesIdleAtOnceAndBusyAfterTheResponse() {
        var idle = ConnectionStateMachine(limits: limits, now: t0)
        #expect(idle.beginShutdown() == .close)

        var busy = ConnectionStateMachine(limits: limits, now: t0)
        busy.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
        #expect(busy.beginShutdown() == .none)
        #expect(busy.responseQueued(clientKeepAlive: true, now: t0) == false)
        #expect(busy.writeFinished(parserIdle: true, now: t0) == .close)
    }

    @Test func peerCloseWaitsForThePendingWrite() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
        _ = machine.responseQueued(clientKeepAlive: true, now: t0)
        #expect(machine.peerClosed() == .none)
        #expect(machine.writeFinished(parserIdle: true, now: t0) == .close)
    }

    @Test func stalledWriteTimesOut() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(20, parserIdle: false, readingBody: false, now: t0)
        _ = machine.responseQueued(clientKeepAlive: true, now: t0)
        #expect(machine.tick(now: t0 + .seconds(29)) == .none)
        #expect(machine.tick(now: t0 + .seconds(30)) == .close)
    }

    @Test func tricklingHeadersFailTheMinimumRateBeforeTheDeadline() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(10, parserIdle: false, readingBody: false, now: t0)
        #expect(machine.tick(now: t0 + .seconds(5)) == .none)   // within grace
        guard case .respondAndClose(let error) = machine.tick(now: t0 + .seconds(6)) else {
            Issue.record("expected a 408 for a slowloris head"); return
        }
        #expect(error.status == .requestTimeout)
    }

    @Test func interimContinueDoesNotResetBodyReading() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(100, parserIdle: false, readingBody: true, now: t0)
        #expect(machine.writeFinished(parserIdle: false, now: t0 + .milliseconds(1)) == .none)
        guard case .readingBody = machine.phase else { Issue.record("expected readingBody"); return }
    }

    /// A small request whose handler runs long (a write on a large corpus, a bulk import) was
    /// answered 408 by the rate check while the handler went on and made the change.
    @Test func aSlowHandlerIsNotASlowClient() {
        var machine = ConnectionStateMachine(limits: limits, now: t0)
        machine.bytesReceived(200, parserIdle: false, readingBody: false, now: t0)
        machine.requestReceived(now: t0)
        let early = machine.tick(now: t0 + .seconds(6)), late = machine.tick(now: t0 + .seconds(60))
        #expect(early == .none)
        #expect(late == .none)
        let keepAlive = machine.responseQueued(clientKeepAlive: true, now: t0 + .seconds(61))
        #expect(keepAlive)
        let finished = machine.writeFinished(parserIdle: true, now: t0 + .seconds(61))
        #expect(finished == .none)
        #expect(machine.phase == .idle(since: t0 + .seconds(61)))
    }
}
