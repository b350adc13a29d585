#include "SuperSearchLineEdit.h"

#include "SearchResultModel.h"
#include "SearchService.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace agencydesk {

SuperSearchLineEdit::SuperSearchLineEdit(const Session& session, QWidget* parent)
    : QLineEdit(parent), m_session(session), m_model(new SearchResultModel(this)), m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("superSearchLineEdit"));
    setAccessibleName(tr("Super search"));
    setPlaceholderText(tr("Search insureds by name, DBA, policy number or email (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(360);

    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    // setWidget (not QLineEdit::setCompleter): highlighting a hit must not overwrite what the CSR typed.
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("superSearchPopupListView"));
    m_completer->popup()->setAccessibleName(tr("Search results"));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { activateRow(index.row()); });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SuperSearchLineEdit::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_debounce.stop();
            m_model->setHits({});
            m_completer->popup()->hide();
            m_lastQuery.clear();
        }
    });
    connect(this, &QLineEdit::returnPressed, this, &SuperSearchLineEdit::onReturnPressed);
}

void SuperSearchLineEdit::searchNow()
{
    m_debounce.stop();
    const QString query = text().trimmed();
    if (query.isEmpty() || query == m_lastQuery)
        return;
    m_lastQuery = query;
    auto hits = SearchService(m_session).search(query, 25);
    if (!hits) {
        m_model->setHits({});
        setToolTip(tr("Search failed: %1").arg(hits.error().message));
        return;
    }
    setToolTip({});
    m_model->setHits(std::move(hits).value());
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_model->index(0, 0));
}

void SuperSearchLineEdit::onReturnPressed()
{
    if (m_debounce.isActive())
        searchNow();
    const QModelIndex current = m_completer->popup()->currentIndex();
    activateRow(current.isValid() ? current.row() : 0);
}

void SuperSearchLineEdit::activateRow(int row)
{
    const qint64 id = m_model->idAt(row);
    if (id == 0)
        return;
    m_completer->popup()->hide();
    emit insuredActivated(id);
}

} // namespace agencydesk
