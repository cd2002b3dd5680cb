import DatabaseBackupsClient
import Foundation

/// `list-backups BASE_URL DATABASE [TOKEN]`: lists a database's backups with the client the build plugin
/// generated from `Sources/DatabaseBackupsClient/openapi.json`.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 || arguments.count == 3, let baseURL = URL(string: arguments[0]) else {
    print("usage: list-backups BASE_URL DATABASE [TOKEN]    e.g. list-backups https://db-api.example.com main $DB_TOKEN")
    exit(arguments.contains("--help") || arguments.contains("-h") ? 0 : 64)
}

let client = Client(server: .url(baseURL), auth: arguments.count == 3 ? .bearer(arguments[2]) : nil)
do {
    let list = try await client.listBackups(db: arguments[1])
    for backup in list.databaseBackups {
        print(backup.id, backup.name, backup.status.rawValue, backup.createdAt)
    }
    print("\(list.databaseBackups.count) backup(s)")
} catch let error as APIError<DatabaseBackupsClient.ErrorModel> {
    print("error: HTTP \(error.statusCode): \(error.body?.message ?? error.body?.error ?? "no details")")
    exit(1)
} catch {
    print("error: \(error)")
    exit(1)
}
