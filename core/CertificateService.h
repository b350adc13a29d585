#pragma once

#include "Certificate.h"
#include "CertificateData.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVariant>

#include <optional>
#include <vector>

namespace agencydesk {

/// What one certificate changes from its master (a certificate request reviewed before Submit): its own description
/// of operations and the master's lines left off it. Empty: the certificate is the master's.
struct CertificateEdits
{
    std::optional<QString> description;   ///< this certificate only; the master keeps its own
    std::vector<qint64> omittedPolicyIds; ///< policies of the master not on this certificate (one line must stay)

    bool empty() const { return !description && omittedPolicyIds.empty(); }
};

/// Checks a holder's requirements against its master's policies.
class ComplianceService
{
public:
    explicit ComplianceService(const Session& session) : m_session(session) {}

    /// Each requirement met or not, with the reason; policies must be in force on \a date and not expire
    /// within the agency's compliance warning days (AgencyProfile::complianceWarningDays, default 30) of it.
    /// \a laterTerm: a renewal term that starts after \a date is checked on its first day instead.
    /// \a omittedPolicyIds: lines of the master left off the certificate (CertificateEdits) are not checked and meet
    /// no requirement.
    Result<ComplianceReport> check(qint64 holderId, const QDate& date = QDate::currentDate(),
                                   std::optional<qint64> laterTerm = std::nullopt,
                                   const std::vector<qint64>& omittedPolicyIds = {}) const;

private:
    const Session& m_session;
};

/// Issued certificates: immutable PDF bytes and data snapshot, numbered COI-YYYY-NNNNNN, revised per master+holder.
class CertificateService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateService)

public:
    explicit CertificateService(const Session& session) : m_session(session) {}

    /// The certificate data for master + holder as it would be issued now (number and revision left empty), with
    /// \a edits (its own description, lines left off; refused when no line would stay).
    Result<CertificateData> build(qint64 masterId, qint64 holderId, const CertificateEdits& edits = {}) const;
    /// Issues a certificate: renders the PDF and stores it with its snapshot in one transaction; the previous
    /// revision for the same master and holder is marked superseded. A holder whose requirements are not met
    /// is refused (Validation, with the reasons) unless \a force, which records an override activity.
    Result<IssuedCertificate> issue(qint64 masterId, qint64 holderId, bool force = false);
    /// The same inside the caller's open Transaction (a certificate request completed with its certificate and emails).
    /// \a laterTerm: a renewal term on the master that starts later, checked on its first day (ComplianceService).
    /// \a edits: the certificate's own description and the lines left off (checked for compliance as issued).
    Result<IssuedCertificate> issueInTransaction(qint64 masterId, qint64 holderId, bool force = false,
                                                 std::optional<qint64> laterTerm = std::nullopt,
                                                 const CertificateEdits& edits = {});
    /// The stored PDF bytes, exactly as issued.
    Result<QByteArray> reprint(const QString& number) const;
    Result<IssuedCertificate> get(const QString& number, bool withPdf = false) const;
    Result<std::vector<IssuedCertificate>> forInsured(qint64 insuredId) const;
    Result<std::vector<IssuedCertificate>> forHolder(qint64 holderId) const;
    /// Logs that the certificate was printed, emailed or saved (detail: printer, address or path).
    Result<qint64> recordDelivery(qint64 certificateId, DeliveryMethod how, const QString& detail = {});
    /// The same inside the caller's open Transaction (the caller has checked CertificateDeliveryRecord).
    Result<qint64> recordDeliveryInTransaction(qint64 certificateId, DeliveryMethod how, const QString& detail = {});
    /// Writes the stored PDF bytes to \a path (all or nothing: a QSaveFile), then logs a "saved" delivery with
    /// the path. When the file cannot be written (folder missing or read-only, disk full) the error names the path
    /// and the system's reason, and no delivery is logged. Returns the delivery's id.
    Result<qint64> saveCopy(const QString& number, const QString& path);

    static QJsonObject toJson(const IssuedCertificate& certificate);

private:
    Result<std::vector<IssuedCertificate>> select(const QString& where, const QVariant& bind) const;
    const Session& m_session;
};

} // namespace agencydesk
