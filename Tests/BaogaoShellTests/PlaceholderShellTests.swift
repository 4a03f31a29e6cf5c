import Testing
@testable import BaogaoShell
@Test func placeholderShell() { #expect(true) }
