-- The standards a registry serves when it is started with --standards-from-database: the files of a standards folder
-- as `procbase db standards publish` wrote them, each with its sha256. Read-only to the registry itself, so one central
-- database can publish them and regional databases receive them by PostgreSQL logical replication (docs/registry.md).
CREATE TABLE published_standards (
    path TEXT NOT NULL PRIMARY KEY,
    sha256 TEXT NOT NULL,
    content BYTEA NOT NULL,
    published TEXT NOT NULL
);
