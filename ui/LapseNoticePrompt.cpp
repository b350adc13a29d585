#include "LapseNoticePrompt.h"

#include "LapseNoticeService.h"
#include "MessageBox.h"

namespace agencydesk {

bool LapseNoticePrompt::notifyHolders(QWidget* parent, const Session& session, const QString& masterName,
                                      const std::vector<Policy>& lapsed)
{
    if (lapsed.empty())
        return false;
    QStringList numbers;
    for (const Policy& p : lapsed)
        numbers << p.number;
    if (MessageBox::question(parent, tr("Notify holders"),
                             tr("Email every certificate holder on the masters that list %1 that the policy is no "
                                "longer in force? Holders already notified are not emailed again.\n\nMaster: %2")
                                 .arg(numbers.join(QStringLiteral(", ")), masterName)) != QMessageBox::Yes)
        return false;
    QStringList results;
    bool any = false;
    LapseNoticeService service(session);
    for (const Policy& p : lapsed) {
        Result<LapseNoticeResult> result = service.notifyHolders(p.id);
        if (!result) {
            results << tr("%1: not notified: %2").arg(p.number, result.error().message);
            continue;
        }
        any = true;
        QString line = tr("%1: %2 holders notified, %3 notified before.")
                           .arg(p.number)
                           .arg(result->notified)
                           .arg(result->alreadyNotified);
        if (!result->noEmail.isEmpty())
            line +=
                QLatin1Char(' ') + tr("No email address on file: %1.").arg(result->noEmail.join(QStringLiteral(", ")));
        results << line;
    }
    MessageBox::information(parent, tr("Notify holders"), results.join(QLatin1Char('\n')));
    return any;
}

} // namespace agencydesk
