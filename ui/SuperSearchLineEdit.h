#pragma once

#include "Session.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;

namespace agencydesk {

class SearchResultModel;

/// The toolbar's type-ahead search: by name, DBA, policy number or email. Results appear in a drop-down
/// while the CSR types; Enter or a click opens the insured.
class SuperSearchLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 120;

    explicit SuperSearchLineEdit(const Session& session, QWidget* parent = nullptr);

    SearchResultModel* resultModel() const { return m_model; }
    QCompleter* completer() const { return m_completer; }
    /// Runs the pending search now (the debounce timer calls it too).
    void searchNow();

signals:
    void insuredActivated(qint64 insuredId);

private:
    void activateRow(int row);
    void onReturnPressed();

    const Session& m_session;
    SearchResultModel* m_model = nullptr;
    QCompleter* m_completer = nullptr;
    QTimer m_debounce;
    QString m_lastQuery;
};

} // namespace agencydesk
