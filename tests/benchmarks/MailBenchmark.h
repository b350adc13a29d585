#pragma once

// Mail speed: queueing certificate emails through CertificateMailer (one transaction each, as a CSR does), and
// delivering the outbox to a real local SMTP server (Debian's aiosmtpd) over one reused connection.

#include "BenchSystem.h"

#include <QJsonObject>

#include <optional>

namespace agencydesk::bench {

struct MailFigures
{
    int emails = 0;
    double queueSeconds = 0; ///< CertificateMailer::send for every email (template, outbox row, attachment reference)
    Stats queueMsEach;       ///< per email
    double queueCpuSeconds = 0; ///< this process's CPU time while queueing
    double deliverSeconds = 0;  ///< OutboxSender::runOnce for the whole queue (build MIME, SMTP, mark sent)
    double messagesPerSecond = 0;
    double deliverCpuSeconds = 0; ///< this process's CPU time while delivering (MIME, TLS-less SMTP, SQLite)
    double serverCpuSeconds = -1; ///< the Python server's CPU time (from /proc; -1 when unknown)
    int received = 0;             ///< messages the server saved (counted in its Maildir)
    qint64 messageBytes = 0;      ///< one message on the wire (certificate PDF attached)

    QJsonObject toJson() const;
};

class MailBenchmark
{
public:
    /// A fresh database with one issued certificate; \a emails certificate emails queued, then delivered to
    /// aiosmtpd on a free 127.0.0.1 port. nullopt when a step failed (the reason is in errors()).
    static std::optional<MailFigures> measure(int emails);
};

} // namespace agencydesk::bench
