-- The registry's first schema. Instants are text (UTC, microseconds, 'Z'), so they sort and compare alike everywhere.
-- Primary keys say NOT NULL: SQLite, unlike PostgreSQL, would otherwise let a text primary key be null.
CREATE TABLE organisations (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('site', 'agency', 'vendor')),
    vendor_id TEXT,
    created TEXT NOT NULL
);
CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    role TEXT NOT NULL CHECK (role IN ('vendor', 'reviewer', 'agency-admin', 'site-admin')),
    password_hash TEXT,
    created TEXT NOT NULL
);
CREATE TABLE api_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    secret_sha256 TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created TEXT NOT NULL,
    revoked TEXT
);
CREATE TABLE signing_keys (
    key_id TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    public_key TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE procurements (
    id TEXT NOT NULL PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES organisations (id),
    title TEXT NOT NULL,
    baselines TEXT NOT NULL,
    closes TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE submissions (
    id TEXT NOT NULL PRIMARY KEY,
    procurement_id TEXT NOT NULL REFERENCES procurements (id),
    vendor_id TEXT NOT NULL REFERENCES organisations (id),
    version INTEGER NOT NULL,
    bundle_sha256 TEXT NOT NULL,
    bundle_size INTEGER NOT NULL,
    submitted_by TEXT NOT NULL,
    created TEXT NOT NULL,
    as_of TEXT NOT NULL,
    verified INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    baselines TEXT NOT NULL,
    decision TEXT,
    decision_revision INTEGER NOT NULL,
    UNIQUE (procurement_id, vendor_id, version),
    UNIQUE (procurement_id, bundle_sha256)
);
CREATE INDEX submissions_by_procurement ON submissions (procurement_id, created, id);
CREATE INDEX submissions_by_vendor ON submissions (procurement_id, vendor_id, version);
CREATE TABLE submission_files (
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (submission_id, name)
);
CREATE TABLE decisions (
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    revision INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL,
    reviewer_id TEXT NOT NULL REFERENCES users (id),
    created TEXT NOT NULL,
    PRIMARY KEY (submission_id, revision)
);
CREATE TABLE audit_log (
    sequence INTEGER NOT NULL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
