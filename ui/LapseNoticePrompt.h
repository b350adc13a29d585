#pragma once

#include "Policy.h"
#include "Session.h"

#include <QCoreApplication>

#include <vector>

class QWidget;

namespace agencydesk {

/// "Notify holders…" on a master's lapsed lines: confirms, emails every holder on a master listing each lapsed or
/// cancelled policy (LapseNoticeService), then shows what was done.
class LapseNoticePrompt
{
    Q_DECLARE_TR_FUNCTIONS(LapseNoticePrompt)

public:
    /// True when at least one policy's holders were notified (or had been already).
    static bool notifyHolders(QWidget* parent, const Session& session, const QString& masterName,
                              const std::vector<Policy>& lapsed);
};

} // namespace agencydesk
