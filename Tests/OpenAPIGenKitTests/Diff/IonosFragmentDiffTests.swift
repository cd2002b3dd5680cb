import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The IONOS DBaaS PostgreSQL API of `specs/IonosPostgreSQL/` is merged from the three backup fragments of the
/// seed (`backup-fetch.json`, `backups-list.json`, `cluster-backups-list.json`) and `clusters.json`. Each fragment
/// diffed against the merged document shows exactly what the other documents add, each change with its Swift
/// declaration, the spec's name, and the file, line, column and pointer it was written at; the schemas the
/// fragments repeat are unchanged, so nothing is breaking. The other way round, the same nodes are removals.
final class IonosFragmentDiffTests: XCTestCase {
    private static let folder = "specs/IonosPostgreSQL"

    /// The changes from one document of the folder to the whole folder merged, located in their files.
    private func changes(from old: [SpecSource], to new: [SpecSource]) throws -> [APIChange] {
        let before = Pipeline.generate(old), after = Pipeline.generate(new)
        let oldModel = try XCTUnwrap(before.unmergedModel, "\(before.diagnostics)")
        let newModel = try XCTUnwrap(after.unmergedModel, "\(after.diagnostics)")
        return APIDiff.locate(APIDiff.compare(old: oldModel, new: newModel), old: before.sourceMap, new: after.sourceMap)
    }

    private func fragment(_ name: String) throws -> [SpecSource] {
        let merged = try Fixture.specSources("IonosPostgreSQL")
        return try [XCTUnwrap(merged.first { $0.displayPath == "\(Self.folder)/\(name)" })]
    }

    /// What `clusters.json` adds to every backup fragment: its operations and schemas.
    private let fromClusters = [
        "additive: Client.clusterVersionsGet: a new method (GET /clusters/{clusterId}/versions) — operation 'clusterVersionsGet' (GET /clusters/{clusterId}/versions) [specs/IonosPostgreSQL/clusters.json:228:7 #/paths/~1clusters~1{clusterId}~1versions/get]",
        "additive: Client.clustersDelete: a new method (DELETE /clusters/{clusterId}) — operation 'clustersDelete' (DELETE /clusters/{clusterId}) [specs/IonosPostgreSQL/clusters.json:159:7 #/paths/~1clusters~1{clusterId}/delete]",
        "additive: Client.clustersFindById: a new method (GET /clusters/{clusterId}) — operation 'clustersFindById' (GET /clusters/{clusterId}) [specs/IonosPostgreSQL/clusters.json:131:7 #/paths/~1clusters~1{clusterId}/get]",
        "additive: Client.clustersGet: a new method (GET /clusters) — operation 'clustersGet' (GET /clusters) [specs/IonosPostgreSQL/clusters.json:29:7 #/paths/~1clusters/get]",
        "additive: Client.clustersPatch: a new method (PATCH /clusters/{clusterId}) — operation 'clustersPatch' (PATCH /clusters/{clusterId}) [specs/IonosPostgreSQL/clusters.json:187:7 #/paths/~1clusters~1{clusterId}/patch]",
        "additive: Client.clustersPost: a new method (POST /clusters) — operation 'clustersPost' (POST /clusters) [specs/IonosPostgreSQL/clusters.json:69:7 #/paths/~1clusters/post]",
        "additive: Client.getClusterPostgresVersions: a new method (GET /clusters/{clusterId}/postgresversions) — operation 'getClusterPostgresVersions' (GET /clusters/{clusterId}/postgresversions) [specs/IonosPostgreSQL/clusters.json:258:7 #/paths/~1clusters~1{clusterId}~1postgresversions/get]",
        "additive: Client.getPostgresVersions: a new method (GET /clusters/postgresversions) — operation 'getPostgresVersions' (GET /clusters/postgresversions) [specs/IonosPostgreSQL/clusters.json:105:7 #/paths/~1clusters~1postgresversions/get]",
        "additive: ClusterList: a new struct — schema 'ClusterList' [specs/IonosPostgreSQL/clusters.json:337:7 #/components/schemas/ClusterList]",
        "additive: ClusterMetadata: a new struct — schema 'ClusterMetadata' [specs/IonosPostgreSQL/clusters.json:420:7 #/components/schemas/ClusterMetadata]",
        "additive: ClusterProperties: a new struct — schema 'ClusterProperties' [specs/IonosPostgreSQL/clusters.json:470:7 #/components/schemas/ClusterProperties]",
        "additive: ClusterResponse: a new struct — schema 'ClusterResponse' [specs/IonosPostgreSQL/clusters.json:362:7 #/components/schemas/ClusterResponse]",
        "additive: Connection: a new struct — schema 'Connection' [specs/IonosPostgreSQL/clusters.json:933:7 #/components/schemas/Connection]",
        "additive: ConnectionPooler.PoolMode: a new enum — schema 'ConnectionPooler', property 'poolMode' [specs/IonosPostgreSQL/clusters.json:973:11 #/components/schemas/ConnectionPooler/properties/poolMode]",
        "additive: ConnectionPooler: a new struct — schema 'ConnectionPooler' [specs/IonosPostgreSQL/clusters.json:964:7 #/components/schemas/ConnectionPooler]",
        "additive: CreateClusterProperties: a new struct — schema 'CreateClusterProperties' [specs/IonosPostgreSQL/clusters.json:619:7 #/components/schemas/CreateClusterProperties]",
        "additive: CreateClusterRequest: a new struct — schema 'CreateClusterRequest' [specs/IonosPostgreSQL/clusters.json:571:7 #/components/schemas/CreateClusterRequest]",
        "additive: CreateRestoreRequest: a new struct — schema 'CreateRestoreRequest' [specs/IonosPostgreSQL/clusters.json:743:7 #/components/schemas/CreateRestoreRequest]",
        "additive: DBUser: a new struct — schema 'DBUser' [specs/IonosPostgreSQL/clusters.json:767:7 #/components/schemas/DBUser]",
        "additive: DayOfTheWeek: a new enum — schema 'DayOfTheWeek' [specs/IonosPostgreSQL/clusters.json:919:7 #/components/schemas/DayOfTheWeek]",
        "additive: MaintenanceWindow: a new struct — schema 'MaintenanceWindow' [specs/IonosPostgreSQL/clusters.json:897:7 #/components/schemas/MaintenanceWindow]",
        "additive: PatchClusterProperties: a new struct — schema 'PatchClusterProperties' [specs/IonosPostgreSQL/clusters.json:810:7 #/components/schemas/PatchClusterProperties]",
        "additive: PatchClusterRequest: a new struct — schema 'PatchClusterRequest' [specs/IonosPostgreSQL/clusters.json:790:7 #/components/schemas/PatchClusterRequest]",
        "additive: PostgresVersionList: a new struct — schema 'PostgresVersionList' [specs/IonosPostgreSQL/clusters.json:988:7 #/components/schemas/PostgresVersionList]",
        "additive: PostgresVersionListData: a new struct — schema 'PostgresVersionListData' [specs/IonosPostgreSQL/clusters.json:1011:7 #/components/schemas/PostgresVersionListData]",
        "additive: StorageType: a new enum — schema 'StorageType' [specs/IonosPostgreSQL/clusters.json:876:7 #/components/schemas/StorageType]",
        "additive: SynchronizationMode: a new enum — schema 'SynchronizationMode' [specs/IonosPostgreSQL/clusters.json:887:7 #/components/schemas/SynchronizationMode]",
    ]

    func testBackupFetchFragmentAgainstTheMergedDocument() throws {
        try assertFragment("backup-fetch.json", adds: [
            "additive: Client.clusterBackupsGet: a new method (GET /clusters/{clusterId}/backups) — operation 'clusterBackupsGet' (GET /clusters/{clusterId}/backups) [specs/IonosPostgreSQL/cluster-backups-list.json:1:5930 #/paths/~1clusters~1{clusterId}~1backups/get]",
            "additive: Client.clustersBackupsGet: a new method (GET /clusters/backups) — operation 'clustersBackupsGet' (GET /clusters/backups) [specs/IonosPostgreSQL/backups-list.json:1:5780 #/paths/~1clusters~1backups/get]",
            "additive: ClusterBackupList: a new struct — schema 'ClusterBackupList' [specs/IonosPostgreSQL/backups-list.json:1:1340 #/components/schemas/ClusterBackupList]",
            "additive: DeprecatedPagination: a new struct — schema 'DeprecatedPagination' [specs/IonosPostgreSQL/backups-list.json:1:3410 #/components/schemas/DeprecatedPagination]",
            "additive: PaginationLimit: a new typealias — schema 'PaginationLimit' [specs/IonosPostgreSQL/backups-list.json:1:3912 #/components/schemas/PaginationLimit]",
            "additive: PaginationLinks: a new struct — schema 'PaginationLinks' [specs/IonosPostgreSQL/backups-list.json:1:4095 #/components/schemas/PaginationLinks]",
            "additive: PaginationOffset: a new typealias — schema 'PaginationOffset' [specs/IonosPostgreSQL/backups-list.json:1:3745 #/components/schemas/PaginationOffset]",
        ])
    }

    func testBackupsListFragmentAgainstTheMergedDocument() throws {
        try assertFragment("backups-list.json", adds: [
            "additive: Client.clusterBackupsGet: a new method (GET /clusters/{clusterId}/backups) — operation 'clusterBackupsGet' (GET /clusters/{clusterId}/backups) [specs/IonosPostgreSQL/cluster-backups-list.json:1:5930 #/paths/~1clusters~1{clusterId}~1backups/get]",
            "additive: Client.clustersBackupsFindById: a new method (GET /clusters/backups/{backupId}) — operation 'clustersBackupsFindById' (GET /clusters/backups/{backupId}) [specs/IonosPostgreSQL/backup-fetch.json:1:3856 #/paths/~1clusters~1backups~1{backupId}/get]",
        ])
    }

    func testClusterBackupsListFragmentAgainstTheMergedDocument() throws {
        try assertFragment("cluster-backups-list.json", adds: [
            "additive: Client.clustersBackupsFindById: a new method (GET /clusters/backups/{backupId}) — operation 'clustersBackupsFindById' (GET /clusters/backups/{backupId}) [specs/IonosPostgreSQL/backup-fetch.json:1:3856 #/paths/~1clusters~1backups~1{backupId}/get]",
            "additive: Client.clustersBackupsGet: a new method (GET /clusters/backups) — operation 'clustersBackupsGet' (GET /clusters/backups) [specs/IonosPostgreSQL/backups-list.json:1:5780 #/paths/~1clusters~1backups/get]",
        ])
    }

    /// The merged document back to one fragment: the same declarations, now breaking removals located in the
    /// merged document's files (the "old" side).
    func testTheMergedDocumentAgainstEachFragmentRemovesTheSameNodes() throws {
        let merged = try Fixture.specSources("IonosPostgreSQL")
        for name in ["backup-fetch.json", "backups-list.json", "cluster-backups-list.json"] {
            let forward = try changes(from: fragment(name), to: merged)
            let backward = try changes(from: merged, to: fragment(name))
            XCTAssertEqual(backward.map(\.subject), forward.map(\.subject), name)
            XCTAssertEqual(backward.map(\.specName), forward.map(\.specName), name)
            XCTAssertEqual(backward.map(\.location), forward.map(\.location), name)
            XCTAssertEqual(Set(backward.map(\.impact)), [.breaking], name)
            XCTAssertEqual(Set(backward.map(\.side)), [.old], name)
            XCTAssertEqual(Set(forward.map(\.side)), [.new], name)
        }
    }

    /// The fragment's plain report is exactly `adds` and the lines of `clusters.json`, in the report's order
    /// (breaking first, then by Swift declaration), with the count last.
    private func assertFragment(_ name: String, adds: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let changes = try changes(from: fragment(name), to: Fixture.specSources("IonosPostgreSQL"))
        let lines = DiffReport.plain(changes).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "0 breaking, \(adds.count + fromClusters.count) additive changes", file: file, line: line)
        XCTAssertEqual(lines.dropLast().sorted(), (adds + fromClusters).sorted(), file: file, line: line)
        XCTAssertEqual(changes, changes.sorted(), "the report is in order", file: file, line: line)
    }
}
