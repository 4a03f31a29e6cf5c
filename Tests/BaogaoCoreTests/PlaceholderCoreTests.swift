import Testing
@testable import BaogaoCore
@Test func placeholderCore() { #expect(true) }
