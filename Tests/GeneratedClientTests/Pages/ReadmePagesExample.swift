// The README's next-link paging example, verbatim between the markers, compiled and run by
// PagesPaginationTests.testReadmeExampleWalksTheLinkHeader.
import PagesAPI

// README example start
/// Every repository of a tenant, following the `Link: <…>; rel="next"` header page by page.
func repositoryNames(client: Client, tenant: String) async throws -> [String] {
    var names: [String] = []
    for try await repo in client.listReposPages(pageSize: 50, xTenant: tenant) {
        names.append(repo.name)
    }
    return names
}
// README example end
