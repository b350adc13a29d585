#include "CertificateRequest.h"

namespace agencydesk {

QString requestTypeKey(RequestType type)
{
    return type == RequestType::Wos ? QStringLiteral("wos") : QStringLiteral("coi");
}

QString requestStatusKey(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return QStringLiteral("new");
    case RequestStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequestStatus::Completed:
        return QStringLiteral("completed");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString requestSourceKey(RequestSource source)
{
    switch (source) {
    case RequestSource::Phone:
        return QStringLiteral("phone");
    case RequestSource::Email:
        return QStringLiteral("email");
    case RequestSource::Portal:
        return QStringLiteral("portal");
    case RequestSource::Holder:
        return QStringLiteral("holder");
    case RequestSource::Renewal:
        return QStringLiteral("renewal");
    }
    return {};
}

std::optional<RequestType> requestTypeFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("coi") || k == QLatin1String("poi") || k == QLatin1String("coi/poi"))
        return RequestType::Coi;
    if (k == QLatin1String("wos"))
        return RequestType::Wos;
    return std::nullopt;
}

std::optional<RequestStatus> requestStatusFromKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (RequestStatus s :
         {RequestStatus::New, RequestStatus::InProgress, RequestStatus::Completed, RequestStatus::Rejected}) {
        if (requestStatusKey(s) == k)
            return s;
    }
    return std::nullopt;
}

std::optional<RequestSource> requestSourceFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (RequestSource s : {RequestSource::Phone, RequestSource::Email, RequestSource::Portal, RequestSource::Holder,
                            RequestSource::Renewal}) {
        if (requestSourceKey(s) == k)
            return s;
    }
    return std::nullopt;
}

} // namespace agencydesk
