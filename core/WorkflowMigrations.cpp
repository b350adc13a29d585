#include "Migrations.h"

// Schema versions 7 and up: the workflows built on the foundation (policy downloads, eDocs, the certificate request
// desk, client portal accounts, document search prefixes, renewals). Append-only: a released step never changes.

namespace agencydesk {

void appendWorkflowMigrations(std::vector<Migration>& list)
{
    // Policy downloads: a renewal is the next term of the same policy number, so a number is unique per
    // carrier and term (not per carrier); prior_policy_id links a term to the one it renews (the renewals
    // work keys on it). Each imported download transaction is kept with its parsed data, once.
    list.push_back(
        {7, "policy terms (prior_policy_id, number unique per carrier and term) and policy downloads",
         sqlStatements({
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
                    sqlStatements({
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
         sqlStatements({
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
                    sqlStatements({
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
                    sqlStatements({
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
    list.push_back({12, "renewal runs, the print queue, lapse notices, policies not renewing",
                    sqlStatements({
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
    // The identity a system keychain files this database's secrets under (a copy of the file shares them), and the
    // portal's failed sign-in count: the account locks after PortalService::kMaxFailedSignIns in a row.
    list.push_back({13, "database identity for keychain entries, portal sign-in lockout",
                    sqlStatements({
                        R"(INSERT OR IGNORE INTO settings(key, value)
                           VALUES ('database.id', lower(hex(randomblob(16)))))",
                        R"(ALTER TABLE portal_accounts ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0)",
                    })});
    // Download import speed (docs/BENCHMARKS.md, policy downloads):
    // - a download's exact match reads every insured of its postal code: with their name and first address line in
    //   the postal index it reads one index page instead of a table page an insured. The index keeps its
    //   (postal code, id) order for the list sorted by postal code.
    // - a new policy's number goes into the super search's index from PolicyService, not from a trigger: a trigger
    //   makes the policy's INSERT a statement savepoint, and SQLite's FTS5 writes its pending index to disk at every
    //   savepoint, one tiny segment (and its merges) a policy instead of one a transaction. Updates and deletes keep
    //   their triggers.
    list.push_back({14, "insureds' postal index covers the download match; new policies indexed by the service",
                    sqlStatements({
                        R"(DROP INDEX IF EXISTS insureds_postal)",
                        R"(CREATE INDEX insureds_postal ON insureds(postal_code COLLATE NOCASE, id, name, address1))",
                        R"(DROP TRIGGER IF EXISTS policies_search_ai)",
                    })});
}

} // namespace agencydesk
