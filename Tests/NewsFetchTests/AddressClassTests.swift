import NewsFetch
import Testing

/// The SSRF guard's address table.
@Suite struct AddressClassTests {
    static func v6(_ groups: [UInt16]) -> [UInt8] {
        groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    @Test(arguments: [
        [127, 0, 0, 1], [127, 1, 2, 3], [10, 0, 0, 5], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1],
        [169, 254, 169, 254], [0, 0, 0, 0], [100, 64, 0, 1], [224, 0, 0, 1], [255, 255, 255, 255], [198, 18, 0, 1],
    ] as [[UInt8]])
    func refusesSpecialIPv4(address: [UInt8]) {
        #expect(AddressClass.restriction(of: address) != nil)
    }

    @Test(arguments: [[8, 8, 8, 8], [93, 184, 216, 34], [172, 32, 0, 1], [100, 128, 0, 1], [192, 169, 0, 1]] as [[UInt8]])
    func allowsPublicIPv4(address: [UInt8]) {
        #expect(AddressClass.restriction(of: address) == nil)
    }

    @Test func ipv6() {
        #expect(AddressClass.restriction(of: Self.v6([0, 0, 0, 0, 0, 0, 0, 1]))?.contains("loopback") == true)
        #expect(AddressClass.restriction(of: Self.v6([0, 0, 0, 0, 0, 0, 0, 0])) != nil)
        #expect(AddressClass.restriction(of: Self.v6([0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 1]))?.contains("loopback") == true)
        #expect(AddressClass.restriction(of: Self.v6([0xFE80, 0, 0, 0, 0, 0, 0, 1])) != nil)
        #expect(AddressClass.restriction(of: Self.v6([0xFD00, 0, 0, 0, 0, 0, 0, 1])) != nil)
        #expect(AddressClass.restriction(of: Self.v6([0x2002, 0x0A00, 1, 0, 0, 0, 0, 1])) != nil)
        #expect(AddressClass.restriction(of: Self.v6([0x64, 0xFF9B, 0, 0, 0, 0, 0xA9FE, 0xA9FE])) != nil)
        #expect(AddressClass.restriction(of: Self.v6([0x2a00, 0x1450, 0x4001, 0x80b, 0, 0, 0, 0x200e])) == nil)
        #expect(AddressClass.text(of: Self.v6([0x2a00, 0x1450, 0, 0, 0, 0, 0, 1])) == "2a00:1450:0:0:0:0:0:1")
    }
}
