// The README's "Depending on a protocol" example, verbatim between the markers, compiled and run by
// PantryProtocolTests.
import PantryAPI

// README example start
/// App code depends on the protocol, not on `Client`.
struct ItemTitles {
    let api: any APIProtocol

    func title(of id: String) async -> String {
        do {
            return try await api.getItem(id: id).name ?? id
        } catch {
            return "unknown item \(id)"
        }
    }
}

/// A test's fake implements only the operations the code under test calls; the others throw
/// `OperationNotImplemented`.
struct FakePantry: APIProtocol {
    func getItem(id: String) async throws -> Item {
        Item(id: id, name: "Flour")
    }
}

// In production:  ItemTitles(api: Client(server: .production, auth: .apiKey(key)))
// In a test:      await ItemTitles(api: FakePantry()).title(of: "i1") == "Flour"
// README example end
