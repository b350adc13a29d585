#include "Renewal.h"

#include <QJsonArray>

namespace agencydesk {

QString renewalTriggerKey(RenewalTrigger trigger)
{
    switch (trigger) {
    case RenewalTrigger::Renewal:
        return QStringLiteral("renewal");
    case RenewalTrigger::Dates:
        return QStringLiteral("dates");
    case RenewalTrigger::Lines:
        return QStringLiteral("lines");
    }
    return {};
}

RenewalTrigger renewalTriggerFromKey(const QString& key)
{
    if (key == QLatin1String("dates"))
        return RenewalTrigger::Dates;
    if (key == QLatin1String("lines"))
        return RenewalTrigger::Lines;
    return RenewalTrigger::Renewal;
}

QString renewalRunStatusKey(RenewalRunStatus status)
{
    switch (status) {
    case RenewalRunStatus::Pending:
        return QStringLiteral("pending");
    case RenewalRunStatus::Partial:
        return QStringLiteral("partial");
    case RenewalRunStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<RenewalRunStatus> renewalRunStatusFromKey(const QString& key)
{
    for (RenewalRunStatus s : {RenewalRunStatus::Pending, RenewalRunStatus::Partial, RenewalRunStatus::Completed}) {
        if (renewalRunStatusKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QString renewalOutcomeKey(RenewalRunItem::Outcome outcome)
{
    switch (outcome) {
    case RenewalRunItem::Outcome::Issued:
        return QStringLiteral("issued");
    case RenewalRunItem::Outcome::Request:
        return QStringLiteral("request");
    case RenewalRunItem::Outcome::NotReceiving:
        return QStringLiteral("not_receiving");
    }
    return {};
}

QString RenewalRunSummary::toText() const
{
    QString text = QStringLiteral("%1%2 of %3 masters updated, %4 certificates re-issued, %5 emails queued, %6 to "
                                  "print, %7 requests raised, %8 holders not receiving renewals")
                       .arg(dryRun ? QStringLiteral("Dry run: ") : QString())
                       .arg(mastersUpdated)
                       .arg(masters)
                       .arg(certificatesIssued)
                       .arg(emailsQueued)
                       .arg(printQueued)
                       .arg(requestsRaised)
                       .arg(notReceiving);
    if (cancelled)
        text += QStringLiteral(" (cancelled: resume to finish)");
    return text;
}

QJsonObject RenewalRunSummary::toJson() const
{
    QJsonArray list;
    for (const RenewalRunItem& i : items) {
        QJsonObject o{{QStringLiteral("masterId"), i.masterId},
                      {QStringLiteral("master"), i.masterName},
                      {QStringLiteral("holderId"), i.holderId},
                      {QStringLiteral("holder"), i.holderName},
                      {QStringLiteral("outcome"), renewalOutcomeKey(i.outcome)}};
        if (!i.certificateNumber.isEmpty())
            o.insert(QStringLiteral("certificate"), i.certificateNumber);
        if (i.requestId)
            o.insert(QStringLiteral("requestId"), i.requestId);
        if (i.outcome == RenewalRunItem::Outcome::Issued) {
            o.insert(QStringLiteral("emailed"), i.emailed);
            o.insert(QStringLiteral("printed"), i.printed);
        }
        if (!i.reason.isEmpty())
            o.insert(QStringLiteral("reason"), i.reason);
        list.append(o);
    }
    return {{QStringLiteral("masters"), masters},
            {QStringLiteral("mastersUpdated"), mastersUpdated},
            {QStringLiteral("certificatesIssued"), certificatesIssued},
            {QStringLiteral("emailsQueued"), emailsQueued},
            {QStringLiteral("printQueued"), printQueued},
            {QStringLiteral("requestsRaised"), requestsRaised},
            {QStringLiteral("notReceiving"), notReceiving},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("items"), list}};
}

RenewalRunSummary RenewalRunSummary::fromJson(const QJsonObject& json)
{
    RenewalRunSummary s;
    s.masters = json.value(QStringLiteral("masters")).toInt();
    s.mastersUpdated = json.value(QStringLiteral("mastersUpdated")).toInt();
    s.certificatesIssued = json.value(QStringLiteral("certificatesIssued")).toInt();
    s.emailsQueued = json.value(QStringLiteral("emailsQueued")).toInt();
    s.printQueued = json.value(QStringLiteral("printQueued")).toInt();
    s.requestsRaised = json.value(QStringLiteral("requestsRaised")).toInt();
    s.notReceiving = json.value(QStringLiteral("notReceiving")).toInt();
    s.cancelled = json.value(QStringLiteral("cancelled")).toBool();
    s.dryRun = json.value(QStringLiteral("dryRun")).toBool();
    return s; // items are read from renewal_run_items
}

QJsonObject RenewalRun::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("policyId"), policyId},
                  {QStringLiteral("trigger"), renewalTriggerKey(trigger)},
                  {QStringLiteral("status"), renewalRunStatusKey(status)},
                  {QStringLiteral("policyNumber"), policyNumber},
                  {QStringLiteral("insuredId"), insuredId},
                  {QStringLiteral("insured"), insuredName},
                  {QStringLiteral("effective"), effective.toString(Qt::ISODate)},
                  {QStringLiteral("expiration"), expiration.toString(Qt::ISODate)},
                  {QStringLiteral("createdAt"), createdAt},
                  {QStringLiteral("createdBy"), createdByName},
                  {QStringLiteral("finishedAt"), finishedAt},
                  {QStringLiteral("summary"), summary.toJson()}};
    if (priorPolicyId)
        o.insert(QStringLiteral("priorPolicyId"), *priorPolicyId);
    if (masterId)
        o.insert(QStringLiteral("masterId"), *masterId);
    return o;
}

QString LapseNoticeResult::toText() const
{
    QString text = QStringLiteral("%1 holders notified, %2 already notified").arg(notified).arg(alreadyNotified);
    if (!noEmail.isEmpty())
        text += QStringLiteral(", no email address for: %1").arg(noEmail.join(QStringLiteral(", ")));
    return text;
}

} // namespace agencydesk
