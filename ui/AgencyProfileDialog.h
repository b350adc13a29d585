#pragma once

#include "Session.h"

#include <QDialog>

namespace agencydesk {

class AgencyProfileForm;

/// The agency's producer profile (managers edit it; others can look).
class AgencyProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AgencyProfileDialog(const Session& session, QWidget* parent = nullptr);
    bool save();

private:
    const Session& m_session;
    AgencyProfileForm* m_form = nullptr;
};

} // namespace agencydesk
