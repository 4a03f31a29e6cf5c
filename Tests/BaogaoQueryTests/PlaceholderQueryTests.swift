import Testing
@testable import BaogaoQuery
@Test func placeholderQuery() { #expect(true) }
