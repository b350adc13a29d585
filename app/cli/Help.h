#pragma once

#include <QString>

namespace agencydesk::cli {

/// The --help text of \a topic: "" (everything), a group ("policy") or a command ("policy add").
QString helpText(const QString& topic);
bool isHelpTopic(const QString& command);

} // namespace agencydesk::cli
