-- Users who sign in through an OpenID Connect provider: the provider's issuer and subject name the account, never its
-- user name, so an identity provider's "admin" cannot become the registry's admin by calling itself so.
CREATE TABLE external_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id TEXT NOT NULL UNIQUE REFERENCES users (id),
    created TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
