-- The keys the portal protects its antiforgery tokens with (ASP.NET Core data protection's key ring, as XML), kept
-- in the database so every server on one database accepts the forms any of them wrote, and a restart keeps them.
CREATE TABLE portal_keys (
    name TEXT NOT NULL PRIMARY KEY,
    xml TEXT NOT NULL,
    created TEXT NOT NULL
);
