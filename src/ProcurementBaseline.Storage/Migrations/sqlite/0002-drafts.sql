-- Attestations a vendor is filling in through the portal: the form as typed (JSON) and the evidence files uploaded to
-- it. A draft is the vendor's working copy, changed on every save; what it becomes when submitted is the record.
CREATE TABLE drafts (
    id TEXT NOT NULL PRIMARY KEY,
    procurement_id TEXT NOT NULL REFERENCES procurements (id),
    vendor_id TEXT NOT NULL REFERENCES organisations (id),
    created_by TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX drafts_by_vendor ON drafts (vendor_id, procurement_id, created);
CREATE TABLE draft_files (
    draft_id TEXT NOT NULL REFERENCES drafts (id),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (draft_id, path)
);
