-- People in Mitra: users, their roles in organisations, sessions, API tokens, invitations,
-- password resets, the attempts that rate-limit sign-in, the outbox of email, consents, and
-- the audit log. Times are RFC 3339 text in UTC with six fractional digits, like every stored
-- time; ids are UUIDv7 text.

-- A person who signs in. `email` is stored lower-cased and trimmed, so it is unique as people
-- read it. `password_changed_at` ends every session and token issued before it.
CREATE TABLE users (
    id                  TEXT PRIMARY KEY NOT NULL,
    email               TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    password_hash       TEXT NOT NULL,
    locale              TEXT,
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    disabled_at         TEXT
);

-- A user's role in an organisation, or across the platform when `organization_id` is NULL
-- (the agency that runs Mitra: administrators, programme managers, its reviewers).
CREATE TABLE memberships (
    user_id         TEXT NOT NULL REFERENCES users (id),
    organization_id TEXT REFERENCES organizations (id),
    role            TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX memberships_one_role ON memberships (user_id, COALESCE(organization_id, ''), role);
CREATE INDEX memberships_by_organization ON memberships (organization_id, role);

-- A signed-in browser. The cookie carries a random secret; only its SHA-256 is stored, so a
-- copy of the database signs nobody in.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- A personal API token for integrations: stored hashed, shown once, revocable, expiring.
CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_used_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

-- An invitation to join with a role: the link carries a secret whose hash is stored; it is
-- accepted once, before it expires.
CREATE TABLE invitations (
    id              TEXT PRIMARY KEY NOT NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL,
    organization_id TEXT REFERENCES organizations (id),
    role            TEXT NOT NULL,
    invited_by      TEXT NOT NULL REFERENCES users (id),
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    accepted_at     TEXT
);

-- A password reset: single use, expiring, hashed like every secret.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);

-- Attempts at signing in or asking for a reset, per account and per address, so that every
-- process sharing the database counts the same attempts.
CREATE TABLE attempts (
    key TEXT NOT NULL,
    at  TEXT NOT NULL
);
CREATE INDEX attempts_by_key ON attempts (key, at);

-- Email to send: written in the same transaction as what caused it, sent afterwards (or, in
-- the demo, read by an administrator in the browser).
CREATE TABLE outbox (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    attempts   BIGINT NOT NULL DEFAULT 0,
    last_error TEXT
);

-- What an MSME lets a partner organisation see of its figures, until a date, unless revoked.
-- `figures` is a comma-separated list of turnover, investment, employees.
CREATE TABLE consents (
    id          TEXT PRIMARY KEY NOT NULL,
    msme_id     TEXT NOT NULL REFERENCES organizations (id),
    partner_id  TEXT NOT NULL REFERENCES organizations (id),
    figures     TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    granted_by  TEXT NOT NULL REFERENCES users (id),
    granted_at  TEXT NOT NULL,
    revoked_by  TEXT REFERENCES users (id),
    revoked_at  TEXT
);
CREATE INDEX consents_by_msme ON consents (msme_id, partner_id);
CREATE INDEX consents_by_partner ON consents (partner_id, msme_id);

-- The audit log: every change to a record, who made it, through which interface, and the
-- values before and after (JSON). Written in the same transaction as the change; never
-- changed or removed, which the triggers below enforce.
CREATE TABLE audit_entries (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     TEXT,
    actor       TEXT NOT NULL,
    interface   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_by_record ON audit_entries (record_id, seq);
CREATE INDEX audit_by_user ON audit_entries (user_id, seq);
CREATE INDEX audit_by_entity ON audit_entries (entity, seq);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_entries_never_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
