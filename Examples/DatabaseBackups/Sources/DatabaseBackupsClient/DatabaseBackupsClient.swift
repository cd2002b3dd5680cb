// The client (`Client`, its types and runtime) is generated at build time from `openapi.json` in this folder by
// openapi-gen's build plugin; see Package.swift. SwiftPM needs at least one Swift file in a target, so here it is.
