#include "Migrations.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace agencydesk {

namespace {

QStringList statements(std::initializer_list<const char*> sql)
{
    QStringList out;
    for (const char* s : sql)
        out << QString::fromUtf8(s);
    return out;
}

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;
    list.push_back({1, "agency, users, carriers, insureds, policies, coverages, activities",
                    statements({
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
                    statements({
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
                    statements({
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
         statements({
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
                    statements({
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
                    statements({
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
    // Policy downloads: a renewal is the next term of the same policy number, so a number is unique per
    // carrier and term (not per carrier); prior_policy_id links a term to the one it renews (the renewals
    // work keys on it). Each imported download transaction is kept with its parsed data, once.
    list.push_back(
        {7, "policy terms (prior_policy_id, number unique per carrier and term) and policy downloads",
         statements({
             R"(CREATE TABLE policies_new(
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
                            prior_policy_id INTEGER REFERENCES policies(id),
                            UNIQUE (carrier_id, number, effective_date),
                            CHECK (expiration_date > effective_date)))",
             R"(INSERT INTO policies_new(id, insured_id, number, line, carrier_id, effective_date, expiration_date,
                            status, cancelled_at, premium_cents, indicators, created_at, updated_at, updated_by,
                            row_version)
                        SELECT id, insured_id, number, line, carrier_id, effective_date, expiration_date, status,
                            cancelled_at, premium_cents, indicators, created_at, updated_at, updated_by, row_version
                        FROM policies)",
             R"(DROP TABLE policies)",
             R"(ALTER TABLE policies_new RENAME TO policies)",
             R"(CREATE INDEX policies_insured ON policies(insured_id))",
             R"(CREATE INDEX policies_number ON policies(number COLLATE NOCASE))",
             R"(CREATE INDEX policies_in_force ON policies(insured_id, status, expiration_date))",
             R"(CREATE INDEX policies_prior ON policies(prior_policy_id))",
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
             R"(CREATE TABLE policy_downloads(
                            id INTEGER PRIMARY KEY,
                            source_file TEXT NOT NULL,
                            format TEXT NOT NULL CHECK (format IN ('acord-xml','csio-xml','al3','manual')),
                            transaction_type TEXT NOT NULL
                                CHECK (transaction_type IN ('new','renewal','change','cancellation','reinstatement')),
                            carrier_id INTEGER NOT NULL REFERENCES carriers(id),
                            policy_number TEXT NOT NULL,
                            effective_date TEXT NOT NULL,
                            transaction_date TEXT NOT NULL DEFAULT '',
                            policy_id INTEGER NOT NULL REFERENCES policies(id),
                            insured_name TEXT NOT NULL,
                            data TEXT NOT NULL,
                            imported_at TEXT NOT NULL,
                            imported_by INTEGER REFERENCES users(id),
                            UNIQUE (carrier_id, policy_number, effective_date, transaction_type, transaction_date)))",
             R"(CREATE INDEX policy_downloads_policy ON policy_downloads(policy_id, id))",
         }),
         true});
    // eDocs: each distinct file stored once (by the SHA-256 of the bytes as added), documents pointing at it, the
    // manager's list of document types, and share notifications waiting for the outbox. Document text is indexed by
    // word (unicode61, prefix queries): a trigram index over whole documents would be several times the text's size.
    list.push_back({8, "documents: content-addressed blobs, document types, text index, share notifications",
                    statements({
                        R"(CREATE TABLE document_types(
                            id INTEGER PRIMARY KEY,
                            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            position INTEGER NOT NULL DEFAULT 0,
                            active INTEGER NOT NULL DEFAULT 1))",
                        R"(INSERT INTO document_types(name, position) VALUES ('Declarations', 1), ('Policy', 2),
                            ('Endorsement', 3), ('Certificate', 4), ('ID card', 5), ('Invoice', 6),
                            ('Cancellation notice', 7), ('Renewal', 8), ('Correspondence', 9), ('Other', 10))",
                        R"(CREATE TABLE document_blobs(
                            id INTEGER PRIMARY KEY,
                            sha256 TEXT NOT NULL UNIQUE,
                            bytes BLOB NOT NULL,
                            size INTEGER NOT NULL,
                            page_count INTEGER NOT NULL DEFAULT 0,
                            thumbnail BLOB,
                            text TEXT NOT NULL DEFAULT ''))",
                        R"(CREATE TABLE documents(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            policy_id INTEGER REFERENCES policies(id),
                            blob_id INTEGER NOT NULL REFERENCES document_blobs(id),
                            kind TEXT NOT NULL DEFAULT 'pdf' CHECK (kind IN ('pdf','email')),
                            email_document_id INTEGER REFERENCES documents(id),
                            file_name TEXT NOT NULL,
                            doc_type TEXT NOT NULL,
                            issue_date TEXT NOT NULL,
                            purpose TEXT NOT NULL DEFAULT '',
                            shared INTEGER NOT NULL DEFAULT 0,
                            shared_at TEXT,
                            repaired INTEGER NOT NULL DEFAULT 0,
                            added_by INTEGER REFERENCES users(id),
                            added_by_name TEXT NOT NULL,
                            added_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(CREATE INDEX documents_insured ON documents(insured_id, id))",
                        R"(CREATE INDEX documents_policy ON documents(policy_id))",
                        R"(CREATE INDEX documents_blob ON documents(blob_id))",
                        R"(CREATE INDEX documents_email ON documents(email_document_id))",
                        R"(CREATE VIRTUAL TABLE document_text USING fts5(
                            text, content='document_blobs', content_rowid='id',
                            tokenize='unicode61 remove_diacritics 2'))",
                        R"(CREATE TRIGGER document_blobs_text_ai AFTER INSERT ON document_blobs BEGIN
                            INSERT INTO document_text(rowid, text) VALUES (new.id, new.text);
                           END)",
                        R"(CREATE TRIGGER document_blobs_text_ad AFTER DELETE ON document_blobs BEGIN
                            INSERT INTO document_text(document_text, rowid, text) VALUES ('delete', old.id, old.text);
                           END)",
                        // One row per "tell the client": the mail service sends pending rows and marks them sent.
                        R"(CREATE TABLE document_notifications(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            document_ids TEXT NOT NULL DEFAULT '[]',
                            reason TEXT NOT NULL CHECK (reason IN ('shared','resent')),
                            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','cancelled')),
                            requested_by INTEGER REFERENCES users(id),
                            requested_by_name TEXT NOT NULL,
                            requested_at TEXT NOT NULL,
                            sent_at TEXT,
                            email_id INTEGER))",
                        R"(CREATE INDEX document_notifications_status ON document_notifications(status, id))",
                    })});
    // The certificate request desk (issue 6): requests from clients, phone, email and the portal; the manager's list
    // of rejection reasons (a retired reason stays on the requests that used it); files kept with a request (an
    // uploaded certificate, the email it came in) in their own table so the queue's rows stay small. The trail of a
    // request is in activities (entity_type 'certificate_request'). insureds.automation_eligible exists since 1.
    list.push_back(
        {9, "certificate request desk: requests, request files, rejection reasons",
         statements({
             R"(CREATE TABLE rejection_reasons(
                            id INTEGER PRIMARY KEY,
                            text TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            position INTEGER NOT NULL DEFAULT 0,
                            retired INTEGER NOT NULL DEFAULT 0,
                            updated_at TEXT NOT NULL DEFAULT ''))",
             R"(INSERT INTO rejection_reasons(text, position) VALUES
                            ('Duplicate request received', 1),
                            ('Standard certificate request received, needs a waiver of subrogation endorsement', 2),
                            ('License edit — carrier approval required', 3),
                            ('Special edit — verbiage not acceptable — carrier approval required', 4),
                            ('Test (internal)', 5),
                            ('Incomplete address', 6),
                            ('Certificate holder name incomplete', 7))",
             R"(CREATE TABLE certificate_requests(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            master_id INTEGER REFERENCES certificate_masters(id) ON DELETE SET NULL,
                            holder_id INTEGER REFERENCES certificate_holders(id) ON DELETE SET NULL,
                            holder_name TEXT NOT NULL DEFAULT '',
                            holder_address1 TEXT NOT NULL DEFAULT '',
                            holder_address2 TEXT NOT NULL DEFAULT '',
                            holder_city TEXT NOT NULL DEFAULT '',
                            holder_state TEXT NOT NULL DEFAULT '',
                            holder_postal_code TEXT NOT NULL DEFAULT '',
                            holder_country TEXT NOT NULL DEFAULT 'US',
                            holder_email TEXT NOT NULL DEFAULT '',
                            type TEXT NOT NULL DEFAULT 'coi' CHECK (type IN ('coi','wos')),
                            status TEXT NOT NULL DEFAULT 'new'
                                CHECK (status IN ('new','in_progress','completed','rejected')),
                            source TEXT NOT NULL CHECK (source IN ('phone','email','portal','holder')),
                            manual INTEGER NOT NULL DEFAULT 1,
                            manual_reason TEXT NOT NULL DEFAULT '',
                            assignee_id INTEGER REFERENCES users(id),
                            assignee_name TEXT NOT NULL DEFAULT '',
                            department TEXT NOT NULL DEFAULT '',
                            notes TEXT NOT NULL DEFAULT '',
                            payment_approved_by INTEGER REFERENCES users(id),
                            payment_approved_by_name TEXT NOT NULL DEFAULT '',
                            payment_approved_at TEXT NOT NULL DEFAULT '',
                            certificate_id INTEGER REFERENCES certificates(id),
                            rejection_reason_id INTEGER REFERENCES rejection_reasons(id),
                            rejection_comment TEXT NOT NULL DEFAULT '',
                            created_by INTEGER REFERENCES users(id),
                            created_by_name TEXT NOT NULL,
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            closed_at TEXT NOT NULL DEFAULT '',
                            row_version INTEGER NOT NULL DEFAULT 1))",
             // The pending count and the default view (New + In Progress, oldest first) read this index.
             R"(CREATE INDEX certificate_requests_status ON certificate_requests(status, id))",
             R"(CREATE INDEX certificate_requests_insured ON certificate_requests(insured_id, id))",
             R"(CREATE INDEX certificate_requests_assignee ON certificate_requests(assignee_id, status))",
             R"(CREATE TABLE certificate_request_files(
                            id INTEGER PRIMARY KEY,
                            request_id INTEGER NOT NULL REFERENCES certificate_requests(id),
                            kind TEXT NOT NULL CHECK (kind IN ('certificate','email')),
                            file_name TEXT NOT NULL,
                            bytes BLOB NOT NULL,
                            added_by_name TEXT NOT NULL,
                            added_at TEXT NOT NULL))",
             R"(CREATE INDEX certificate_request_files_request ON certificate_request_files(request_id, kind))",
         })});
    // Client portal accounts: one per insured, a user name that is not the email address (unique, any case), and
    // single-use set-password codes stored only as the SHA-256 of the code. Insureds marked enrolled before this
    // version become invited accounts (no code: the agency uses Reset and notify).
    list.push_back({10, "client portal accounts and their set-password tokens",
                    statements({
                        R"(CREATE TABLE portal_accounts(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL UNIQUE REFERENCES insureds(id),
                            user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                            email TEXT NOT NULL DEFAULT '',
                            status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','locked')),
                            password_hash TEXT,
                            password_set_at TEXT,
                            last_sign_in_at TEXT,
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            updated_by INTEGER REFERENCES users(id),
                            row_version INTEGER NOT NULL DEFAULT 1))",
                        R"(CREATE TABLE portal_tokens(
                            id INTEGER PRIMARY KEY,
                            account_id INTEGER NOT NULL REFERENCES portal_accounts(id) ON DELETE CASCADE,
                            code_hash TEXT NOT NULL UNIQUE,
                            purpose TEXT NOT NULL CHECK (purpose IN ('welcome','password_reset')),
                            created_at TEXT NOT NULL,
                            expires_at TEXT NOT NULL,
                            used_at TEXT,
                            revoked_at TEXT))",
                        R"(CREATE INDEX portal_tokens_account ON portal_tokens(account_id, id))",
                        R"(INSERT OR IGNORE INTO portal_accounts(insured_id, user_name, email, status, created_at,
                               updated_at)
                           SELECT id, portal_user_name, email, 'invited', updated_at, updated_at FROM insureds
                           WHERE portal_enrolled = 1 AND portal_user_name <> '')",
                    })});
    // The super search asks the document index for every word typed as a prefix ("smi" -> "smi*"). Without prefix
    // indexes FTS5 merges the lists of every word starting so before the first row: p95 112 ms over 100,000
    // documents. Prefix indexes of 3 and 4 characters answer the short prefixes directly; 5 and more are rare words.
    list.push_back({11, "document text index with prefix indexes",
                    statements({
                        R"(DROP TABLE document_text)",
                        R"(CREATE VIRTUAL TABLE document_text USING fts5(
                            text, content='document_blobs', content_rowid='id',
                            tokenize='unicode61 remove_diacritics 2', prefix='3 4'))",
                        R"(INSERT INTO document_text(document_text) VALUES ('rebuild'))",
                    })});
    // Renewals: a run follows a new term (or a term whose dates changed) through every master that holds it, or
    // republishes one master whose lapsed lines were taken off (trigger 'lines', master_id set). The
    // run row is written with the policy change, so an interrupted run is resumed; an item per holder makes a
    // re-run skip what is done. Holders who get paper go to the print queue. Lapse notices are kept once per
    // policy and holder. certificate_requests is rebuilt for the source 'renewal' (a CHECK cannot be altered).
    list.push_back(
        {12, "renewal runs, the print queue, lapse notices, policies not renewing",
         statements({
             R"(CREATE TABLE renewal_runs(
                            id INTEGER PRIMARY KEY,
                            policy_id INTEGER NOT NULL REFERENCES policies(id),
                            prior_policy_id INTEGER REFERENCES policies(id),
                            master_id INTEGER REFERENCES certificate_masters(id) ON DELETE CASCADE,
                            trigger TEXT NOT NULL CHECK (trigger IN ('renewal','dates','lines')),
                            term_key TEXT NOT NULL,
                            status TEXT NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending','partial','completed')),
                            summary TEXT NOT NULL DEFAULT '{}',
                            created_at TEXT NOT NULL,
                            created_by_name TEXT NOT NULL,
                            finished_at TEXT NOT NULL DEFAULT '',
                            UNIQUE (policy_id, term_key)))",
             R"(CREATE INDEX renewal_runs_status ON renewal_runs(status, id))",
             R"(CREATE TABLE renewal_run_items(
                            run_id INTEGER NOT NULL REFERENCES renewal_runs(id),
                            holder_id INTEGER NOT NULL REFERENCES certificate_holders(id) ON DELETE CASCADE,
                            master_id INTEGER NOT NULL REFERENCES certificate_masters(id) ON DELETE CASCADE,
                            outcome TEXT NOT NULL CHECK (outcome IN ('issued','request','not_receiving')),
                            certificate_id INTEGER REFERENCES certificates(id),
                            request_id INTEGER REFERENCES certificate_requests(id),
                            emailed INTEGER NOT NULL DEFAULT 0,
                            printed INTEGER NOT NULL DEFAULT 0,
                            reason TEXT NOT NULL DEFAULT '',
                            PRIMARY KEY (run_id, holder_id)))",
             R"(CREATE TABLE print_queue(
                            id INTEGER PRIMARY KEY,
                            certificate_id INTEGER NOT NULL UNIQUE REFERENCES certificates(id),
                            run_id INTEGER REFERENCES renewal_runs(id),
                            queued_at TEXT NOT NULL,
                            queued_by_name TEXT NOT NULL,
                            printed_at TEXT NOT NULL DEFAULT '',
                            printed_by_name TEXT NOT NULL DEFAULT '',
                            printer TEXT NOT NULL DEFAULT ''))",
             R"(CREATE INDEX print_queue_pending ON print_queue(printed_at, id))",
             R"(CREATE TABLE lapse_notices(
                            policy_id INTEGER NOT NULL REFERENCES policies(id),
                            holder_id INTEGER NOT NULL REFERENCES certificate_holders(id) ON DELETE CASCADE,
                            outbox_id INTEGER REFERENCES outbox(id),
                            sent_to TEXT NOT NULL,
                            at TEXT NOT NULL,
                            by_name TEXT NOT NULL,
                            PRIMARY KEY (policy_id, holder_id)))",
             R"(CREATE TABLE policies_not_renewing(
                            policy_id INTEGER PRIMARY KEY REFERENCES policies(id),
                            reason TEXT NOT NULL DEFAULT '',
                            by_name TEXT NOT NULL,
                            at TEXT NOT NULL))",
             R"(INSERT INTO mail_templates(key, name, subject, body, updated_at) VALUES
    ('policy_lapsed_holder', 'Policy no longer in force (to the holder)',
     'Notice: {insured.name}''s policy {policy.number} is no longer in force',
     'Hello {holder.name},

You hold a certificate of insurance issued for {insured.name} that lists policy {policy.number} ({policy.line}, {policy.carrier}).
That policy {policy.state} on {policy.date} and is no longer in force.

Please contact {insured.name} for current proof of coverage. Questions: {agency.name}, {agency.phone}, {agency.email}.',
     strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
             R"(CREATE TABLE certificate_requests_new(
                            id INTEGER PRIMARY KEY,
                            insured_id INTEGER NOT NULL REFERENCES insureds(id),
                            master_id INTEGER REFERENCES certificate_masters(id) ON DELETE SET NULL,
                            holder_id INTEGER REFERENCES certificate_holders(id) ON DELETE SET NULL,
                            holder_name TEXT NOT NULL DEFAULT '',
                            holder_address1 TEXT NOT NULL DEFAULT '',
                            holder_address2 TEXT NOT NULL DEFAULT '',
                            holder_city TEXT NOT NULL DEFAULT '',
                            holder_state TEXT NOT NULL DEFAULT '',
                            holder_postal_code TEXT NOT NULL DEFAULT '',
                            holder_country TEXT NOT NULL DEFAULT 'US',
                            holder_email TEXT NOT NULL DEFAULT '',
                            type TEXT NOT NULL DEFAULT 'coi' CHECK (type IN ('coi','wos')),
                            status TEXT NOT NULL DEFAULT 'new'
                                CHECK (status IN ('new','in_progress','completed','rejected')),
                            source TEXT NOT NULL CHECK (source IN ('phone','email','portal','holder','renewal')),
                            manual INTEGER NOT NULL DEFAULT 1,
                            manual_reason TEXT NOT NULL DEFAULT '',
                            assignee_id INTEGER REFERENCES users(id),
                            assignee_name TEXT NOT NULL DEFAULT '',
                            department TEXT NOT NULL DEFAULT '',
                            notes TEXT NOT NULL DEFAULT '',
                            payment_approved_by INTEGER REFERENCES users(id),
                            payment_approved_by_name TEXT NOT NULL DEFAULT '',
                            payment_approved_at TEXT NOT NULL DEFAULT '',
                            certificate_id INTEGER REFERENCES certificates(id),
                            rejection_reason_id INTEGER REFERENCES rejection_reasons(id),
                            rejection_comment TEXT NOT NULL DEFAULT '',
                            created_by INTEGER REFERENCES users(id),
                            created_by_name TEXT NOT NULL,
                            created_at TEXT NOT NULL,
                            updated_at TEXT NOT NULL,
                            closed_at TEXT NOT NULL DEFAULT '',
                            row_version INTEGER NOT NULL DEFAULT 1))",
             R"(INSERT INTO certificate_requests_new SELECT * FROM certificate_requests)",
             R"(DROP TABLE certificate_requests)",
             R"(ALTER TABLE certificate_requests_new RENAME TO certificate_requests)",
             R"(CREATE INDEX certificate_requests_status ON certificate_requests(status, id))",
             R"(CREATE INDEX certificate_requests_insured ON certificate_requests(insured_id, id))",
             R"(CREATE INDEX certificate_requests_assignee ON certificate_requests(assignee_id, status))",
         }),
         true});
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
