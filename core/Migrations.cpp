#include "Migrations.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

QStringList sqlStatements(std::initializer_list<const char*> sql)
{
    QStringList out;
    for (const char* s : sql)
        out << QString::fromUtf8(s);
    return out;
}

namespace {

/// Versions 1 to 6: the foundation (agency, users, book of business, search, certificates, mail); the later steps
/// are in WorkflowMigrations.cpp.
std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;
    list.push_back({1, "agency, users, carriers, insureds, policies, coverages, activities",
                    sqlStatements({
                        R"(CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL))",
                        R"(CREATE TABLE agency(
                            id INTEGER PRIMARY KEY CHECK (id = 1),
                            name TEXT NOT NULL,
                            address1 TEXT NOT NULL DEFAULT '', address2 TEXT NOT NULL DEFAULT '',
                            city TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '',
                            postal_code TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'US',
                            phone TEXT NOT NULL DEFAULT '', fax TEXT NOT NULL DEFAULT '',
                            email TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',
                            row_version INTEGER NOT NULL DEFAULT 1,
                            updated_at TEXT NOT NULL))",
                        R"(CREATE TABLE users(
                            id INTEGER PRIMARY KEY,
                            user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            full_name TEXT NOT NULL DEFAULT '',
                            role TEXT NOT NULL CHECK (role IN ('manager','data-processor','certificate-specialist','payroll-advisor')),
                            password_hash TEXT NOT NULL,
                            active INTEGER NOT NULL DEFAULT 1,
                            failed_logins INTEGER NOT NULL DEFAULT 0,
                            locked_until TEXT,
                            created_at TEXT NOT NULL,
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(CREATE TABLE carriers(
                            id INTEGER PRIMARY KEY,
                            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            naic TEXT NOT NULL DEFAULT ''))",
                        R"(CREATE TABLE insureds(
                            id INTEGER PRIMARY KEY,
                            name TEXT NOT NULL,
                            dba TEXT NOT NULL DEFAULT '',
                            address1 TEXT NOT NULL DEFAULT '', address2 TEXT NOT NULL DEFAULT '',
                            city TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT '',
                            postal_code TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'US',
                            phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
                            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','inactive')),
                            automation_eligible INTEGER NOT NULL DEFAULT 1,
                            portal_enrolled INTEGER NOT NULL DEFAULT 0,
                            portal_user_name TEXT NOT NULL DEFAULT '',
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(CREATE TABLE policies(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER REFERENCES insureds(id),
                            number TEXT NOT NULL,
                            line TEXT NOT NULL CHECK (line IN ('gl','auto','umbrella','wc','property','other')),
                            carrier_id INTEGER NOT NULL REFERENCES carriers(id),
                            effective_date TEXT NOT NULL,
                            expiration_date TEXT NOT NULL,
                            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','cancelled')),
                            cancelled_at TEXT,
                            premium_cents INTEGER,
                            indicators TEXT NOT NULL DEFAULT '{}',
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1,
                            UNIQUE (carrier_id, number),
                            CHECK (expiration_date > effective_date)))",
                        R"(CREATE INDEX policies_insured ON policies(insured_id))",
                        R"(CREATE TABLE coverages(
                            id INTEGER PRIMARY KEY,
                            policy_id INTEGER NOT NULL REFERENCES policies(id) ON DELETE CASCADE,
                            limit_code TEXT NOT NULL,
                            amount INTEGER NOT NULL,
                            UNIQUE (policy_id, limit_code)))",
                        R"(CREATE TABLE activities(
                            id INTEGER PRIMARY KEY,
                            at TEXT NOT NULL,
                            user_id INTEGER REFERENCES users(id),
                            user_name TEXT NOT NULL,
                            kind TEXT NOT NULL CHECK (kind IN ('audit','note')),
                            entity_type TEXT NOT NULL,
                            entity_id INTEGER,
                            insured_id INTEGER,
                            action TEXT NOT NULL,
                            summary TEXT NOT NULL,
                            details TEXT NOT NULL DEFAULT '{}'))",
                        R"(CREATE INDEX activities_insured ON activities(insured_id, id))",
                        R"(CREATE INDEX activities_entity ON activities(entity_type, entity_id, id))",
                    })});
    // Trigram FTS5 answers "any part of the name" for three characters and more; the tables use
    // external content so the text is stored once.
    list.push_back({2, "super-search index (FTS5 trigram) kept in sync by triggers",
                    sqlStatements({
                        R"(CREATE VIRTUAL TABLE insured_search USING fts5(
                            name, dba, email, content='insureds', content_rowid='id', tokenize='trigram'))",
                        R"(CREATE VIRTUAL TABLE policy_search USING fts5(
                            number, content='policies', content_rowid='id', tokenize='trigram'))",
                        R"(CREATE TRIGGER insureds_search_ai AFTER INSERT ON insureds BEGIN
                            INSERT INTO insured_search(rowid, name, dba, email) VALUES (new.id, new.name, new.dba, new.email);
                           END)",
                        R"(CREATE TRIGGER insureds_search_ad AFTER DELETE ON insureds BEGIN
                            INSERT INTO insured_search(insured_search, rowid, name, dba, email)
                                VALUES ('delete', old.id, old.name, old.dba, old.email);
                           END)",
                        R"(CREATE TRIGGER insureds_search_au AFTER UPDATE OF name, dba, email ON insureds BEGIN
                            INSERT INTO insured_search(insured_search, rowid, name, dba, email)
                                VALUES ('delete', old.id, old.name, old.dba, old.email);
                            INSERT INTO insured_search(rowid, name, dba, email) VALUES (new.id, new.name, new.dba, new.email);
                           END)",
                        R"(CREATE TRIGGER policies_search_ai AFTER INSERT ON policies BEGIN
                            INSERT INTO policy_search(rowid, number) VALUES (new.id, new.number);
                           END)",
                        R"(CREATE TRIGGER policies_search_ad AFTER DELETE ON policies BEGIN
                            INSERT INTO policy_search(policy_search, rowid, number) VALUES ('delete', old.id, old.number);
                           END)",
                        R"(CREATE TRIGGER policies_search_au AFTER UPDATE OF number ON policies BEGIN
                            INSERT INTO policy_search(policy_search, rowid, number) VALUES ('delete', old.id, old.number);
                            INSERT INTO policy_search(rowid, number) VALUES (new.id, new.number);
                           END)",
                        R"(INSERT INTO insured_search(insured_search) VALUES ('rebuild'))",
                        R"(INSERT INTO policy_search(policy_search) VALUES ('rebuild'))",
                    })});
    // The Insureds list sorts and pages in SQL; each sortable column needs an index to stay fast at 100k rows.
    list.push_back({3, "indexes for the Insureds list and short-prefix search",
                    sqlStatements({
                        R"(CREATE INDEX insureds_name ON insureds(name COLLATE NOCASE, id))",
                        R"(CREATE INDEX insureds_dba ON insureds(dba COLLATE NOCASE, id))",
                        R"(CREATE INDEX insureds_city ON insureds(city COLLATE NOCASE, id))",
                        R"(CREATE INDEX insureds_postal ON insureds(postal_code COLLATE NOCASE, id))",
                        R"(CREATE INDEX insureds_email ON insureds(email COLLATE NOCASE, id))",
                        R"(CREATE INDEX insureds_status ON insureds(status, name COLLATE NOCASE, id))",
                        R"(CREATE INDEX policies_number ON policies(number COLLATE NOCASE))",
                        R"(CREATE INDEX policies_in_force ON policies(insured_id, status, expiration_date))",
                    })});
    // Certificates of insurance: masters (which policies a client's certificates show), their holders with
    // the holders' requirements, and every issued certificate with its exact PDF and data snapshot.
    list.push_back(
        {4, "certificate masters, holders, requirements, issued certificates and deliveries",
         sqlStatements({
             R"(CREATE TABLE certificate_masters(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            name TEXT NOT NULL,
                            description TEXT NOT NULL DEFAULT '',
                            shared_to_portal INTEGER NOT NULL DEFAULT 0,
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1))",
             R"(CREATE INDEX certificate_masters_insured ON certificate_masters(insured_id))",
             R"(CREATE TABLE master_policies(
                            master_id INTEGER NOT NULL REFERENCES certificate_masters(id) ON DELETE CASCADE,
                            policy_id INTEGER NOT NULL REFERENCES policies(id),
                            insurer_letter TEXT NOT NULL CHECK (insurer_letter IN ('A','B','C','D','E','F')),
                            addl_insd INTEGER NOT NULL DEFAULT 0,
                            subr_wvd INTEGER NOT NULL DEFAULT 0,
                            PRIMARY KEY (master_id, policy_id)))",
             R"(CREATE INDEX master_policies_policy ON master_policies(policy_id))",
             R"(CREATE TABLE certificate_holders(
                            id INTEGER PRIMARY KEY,
                            master_id INTEGER NOT NULL REFERENCES certificate_masters(id) ON DELETE CASCADE,
                            name TEXT NOT NULL,
                            address1 TEXT NOT NULL, address2 TEXT NOT NULL DEFAULT '',
                            city TEXT NOT NULL, state TEXT NOT NULL DEFAULT '',
                            postal_code TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'US',
                            email TEXT NOT NULL DEFAULT '',
                            delivery TEXT NOT NULL DEFAULT 'email' CHECK (delivery IN ('email','print','both')),
                            receives_renewals INTEGER NOT NULL DEFAULT 1,
                            require_ai INTEGER NOT NULL DEFAULT 0,
                            require_wos INTEGER NOT NULL DEFAULT 0,
                            require_pnc INTEGER NOT NULL DEFAULT 0,
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1))",
             R"(CREATE INDEX certificate_holders_master ON certificate_holders(master_id))",
             R"(CREATE TABLE holder_requirements(
                            holder_id INTEGER NOT NULL REFERENCES certificate_holders(id) ON DELETE CASCADE,
                            limit_code TEXT NOT NULL,
                            minimum INTEGER NOT NULL CHECK (minimum >= 0),
                            PRIMARY KEY (holder_id, limit_code)))",
             R"(CREATE TABLE certificates(
                            id INTEGER PRIMARY KEY,
                            number TEXT NOT NULL UNIQUE,
                            revision INTEGER NOT NULL CHECK (revision >= 1),
                            master_id INTEGER NOT NULL REFERENCES certificate_masters(id),
                            holder_id INTEGER NOT NULL REFERENCES certificate_holders(id),
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            issued_by INTEGER REFERENCES users(id),
                            issued_by_name TEXT NOT NULL,
                            issued_at TEXT NOT NULL,
                            pdf BLOB NOT NULL,
                            snapshot TEXT NOT NULL,
                            superseded_by INTEGER REFERENCES certificates(id),
                            forced INTEGER NOT NULL DEFAULT 0,
                            UNIQUE (master_id, holder_id, revision)))",
             R"(CREATE INDEX certificates_insured ON certificates(insured_id, id))",
             R"(CREATE INDEX certificates_holder ON certificates(holder_id, id))",
             R"(CREATE TABLE certificate_deliveries(
                            id INTEGER PRIMARY KEY,
                            certificate_id INTEGER NOT NULL REFERENCES certificates(id),
                            how TEXT NOT NULL CHECK (how IN ('printed','emailed','saved')),
                            detail TEXT NOT NULL DEFAULT '',
                            user_id INTEGER REFERENCES users(id),
                            user_name TEXT NOT NULL,
                            at TEXT NOT NULL))",
             R"(CREATE INDEX certificate_deliveries_certificate ON certificate_deliveries(certificate_id, id))",
         })});
    // The agency's certificate settings: paper, how dates print, and how soon an expiring policy is flagged.
    list.push_back({5, "agency certificate settings: paper size, date format, compliance warning days",
                    sqlStatements({
                        R"(ALTER TABLE agency ADD COLUMN paper_size TEXT NOT NULL DEFAULT 'letter'
                            CHECK (paper_size IN ('letter','a4','legal')))",
                        R"(ALTER TABLE agency ADD COLUMN certificate_date_format TEXT NOT NULL DEFAULT 'MM/dd/yyyy'
                            CHECK (certificate_date_format IN ('MM/dd/yyyy','dd/MM/yyyy','yyyy-MM-dd')))",
                        R"(ALTER TABLE agency ADD COLUMN compliance_warning_days INTEGER NOT NULL DEFAULT 30
                            CHECK (compliance_warning_days BETWEEN 0 AND 365))",
                    })});
    // Mail: the outbox (every email is written here first, then sent by a background sender), its attachments
    // (bytes, or a reference to an issued certificate whose stored PDF never changes) and the editable templates.
    list.push_back({6, "mail outbox, attachments and templates",
                    sqlStatements({
                        R"(CREATE TABLE outbox(
                            id INTEGER PRIMARY KEY,
                            status TEXT NOT NULL DEFAULT 'queued'
                                CHECK (status IN ('queued','sending','sent','failed','cancelled')),
                            kind TEXT NOT NULL DEFAULT '',
                            client_facing INTEGER NOT NULL DEFAULT 1,
                            from_name TEXT NOT NULL DEFAULT '',
                            from_address TEXT NOT NULL,
                            to_addrs TEXT NOT NULL DEFAULT '',
                            cc_addrs TEXT NOT NULL DEFAULT '',
                            bcc_addrs TEXT NOT NULL DEFAULT '',
                            subject TEXT NOT NULL,
                            body_text TEXT NOT NULL,
                            body_html TEXT NOT NULL DEFAULT '',
                            message_id TEXT NOT NULL UNIQUE,
                            attempts INTEGER NOT NULL DEFAULT 0,
                            next_attempt_at TEXT NOT NULL,
                            last_error TEXT NOT NULL DEFAULT '',
                            outcome_unknown INTEGER NOT NULL DEFAULT 0,
                            claimed_by TEXT,
                            claimed_at TEXT,
                            transfer_started_at TEXT,
                            insured_id INTEGER REFERENCES insureds(id),
                            certificate_id INTEGER REFERENCES certificates(id),
                            created_by INTEGER REFERENCES users(id),
                            created_by_name TEXT NOT NULL,
                            created_at TEXT NOT NULL,
                            sent_at TEXT,
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(CREATE INDEX outbox_due ON outbox(status, next_attempt_at))",
                        R"(CREATE INDEX outbox_insured ON outbox(insured_id, id))",
                        R"(CREATE TABLE outbox_attachments(
                            id INTEGER PRIMARY KEY,
                            outbox_id INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
                            position INTEGER NOT NULL,
                            file_name TEXT NOT NULL,
                            content_type TEXT NOT NULL,
                            data BLOB,
                            certificate_id INTEGER REFERENCES certificates(id),
                            CHECK ((data IS NULL) <> (certificate_id IS NULL))))",
                        R"(CREATE INDEX outbox_attachments_outbox ON outbox_attachments(outbox_id, position))",
                        R"(CREATE TABLE mail_templates(
                            key TEXT PRIMARY KEY,
                            name TEXT NOT NULL,
                            subject TEXT NOT NULL,
                            body TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(INSERT INTO mail_templates(key, name, subject, body, updated_at) VALUES
    ('welcome', 'Welcome / set password', 'Your {agency.name} client portal account',
     'Hello {insured.name},

Your client portal account is ready. Your user name is: {portal.username}
(this is your user name, not your email address).

Set your password here: {link}
or enter this code: {code}

The link and the code work once and expire on {expires}.',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('password_reset', 'Password reset', 'Reset your {agency.name} portal password',
     'Hello {insured.name},

A password reset was requested for your portal user name {portal.username}.

Choose a new password here: {link}
or enter this code: {code}

The link and the code work once and expire on {expires}. Earlier reset links no longer work.',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('documents_shared', 'Documents shared', 'New documents in your {agency.name} portal',
     'Hello {insured.name},

We shared these documents with you in your client portal:
{documents}

Sign in with your user name {portal.username}: {link}',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('certificate_issued_holder', 'Certificate issued (to the holder)', 'Certificate of insurance {certificate.number} for {insured.name}',
     'Hello {holder.name},

Attached is certificate of insurance {certificate.number} issued for {insured.name}.

{message}',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('certificate_issued_client', 'Certificate issued (to the client)', 'Your certificate {certificate.number} for {holder.name}',
     'Hello {insured.name},

Attached is certificate of insurance {certificate.number}, issued to {holder.name}.

{message}',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('request_rejected', 'Certificate request rejected', 'Your certificate request for {holder.name}',
     'Hello {insured.name},

We could not complete your certificate request for {holder.name}.
Reason: {reason}

Reply to this email or call us and we will help.',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('request_new_csr', 'New certificate request (to the CSR)', 'New certificate request from {insured.name}',
     'A certificate request from {insured.name} for {holder.name} needs your review.
Reason: {reason}

{link}',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    ('renewal_certificate', 'Renewal certificate', 'Renewed certificate of insurance {certificate.number} for {insured.name}',
     'Hello {holder.name},

{insured.name}''s policy has renewed. Attached is the renewed certificate of insurance {certificate.number}.

{message}',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
                    })});
    appendWorkflowMigrations(list);
    return list;
}

Status apply(const Database& db, const Migration& migration)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    for (const QString& sql : migration.statements) {
        if (Status s = execSql(db, sql); !s)
            return Error{s.error().code, QStringLiteral("upgrading the schema to version %1 (%2) failed: %3")
                                             .arg(migration.version)
                                             .arg(QString::fromUtf8(migration.description), s.error().message)};
    }
    if (migration.rebuildsTables) {
        QSqlQuery check = db.query();
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return databaseError(check.lastError());
        if (check.next())
            return Error{ErrorCode::Database,
                         QStringLiteral("upgrading the schema to version %1 would break a reference in table %2")
                             .arg(migration.version)
                             .arg(check.value(0).toString())};
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !s)
        return s;
    return tx.commit();
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = buildMigrations();
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

Status migrate(const Database& db, int targetVersion)
{
    for (const Migration& migration : migrations()) {
        if (migration.version > targetVersion)
            break;
        if (migration.version <= db.schemaVersion())
            continue;
        if (migration.rebuildsTables) {
            if (Status s = execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
                return s;
        }
        Status applied = apply(db, migration);
        if (migration.rebuildsTables) {
            if (Status s = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s && applied)
                return s;
        }
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace agencydesk
