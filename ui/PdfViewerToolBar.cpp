#include "PdfViewerToolBar.h"

#include "ActionIcons.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace agencydesk {

PdfViewerToolBar::PdfViewerToolBar(QWidget* viewer) : QToolBar(tr("PDF viewer"), viewer)
{
    setObjectName(QStringLiteral("pdfToolBar"));
    setIconSize(QSize(16, 16));
    m_previousAction = addViewerAction(viewer, tr("Previous page"), "pdfPreviousPageAction", {Qt::Key_PageUp});
    m_nextAction = addViewerAction(viewer, tr("Next page"), "pdfNextPageAction", {Qt::Key_PageDown});
    m_firstAction = addViewerAction(viewer, tr("First page"), "pdfFirstPageAction", {Qt::Key_Home});
    m_lastAction = addViewerAction(viewer, tr("Last page"), "pdfLastPageAction", {Qt::Key_End});
    m_zoomOutAction =
        addViewerAction(viewer, tr("Zoom out"), "pdfZoomOutAction", QKeySequence::keyBindings(QKeySequence::ZoomOut));
    m_zoomInAction = addViewerAction(viewer, tr("Zoom in"), "pdfZoomInAction",
                                     {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fitWidthAction = addViewerAction(viewer, tr("Fit width"), "pdfFitWidthAction", {});
    m_fitPageAction = addViewerAction(viewer, tr("Fit page"), "pdfFitPageAction", {});
    m_previousAction->setIcon(actionIcon(ActionIcon::Previous));
    m_nextAction->setIcon(actionIcon(ActionIcon::Next));
    m_firstAction->setIcon(actionIcon(ActionIcon::First));
    m_lastAction->setIcon(actionIcon(ActionIcon::Last));
    m_zoomOutAction->setIcon(actionIcon(ActionIcon::ZoomOut));
    m_zoomInAction->setIcon(actionIcon(ActionIcon::ZoomIn));
    m_fitWidthAction->setIcon(actionIcon(ActionIcon::FitWidth));
    m_fitPageAction->setIcon(actionIcon(ActionIcon::FitPage));
    m_fitWidthAction->setCheckable(true);
    m_fitPageAction->setCheckable(true);

    addButton(m_previousAction, "pdfPreviousPageButton");
    m_pageSpinBox = new QSpinBox(this);
    m_pageSpinBox->setObjectName(QStringLiteral("pdfPageSpinBox"));
    m_pageSpinBox->setAccessibleName(tr("Page number"));
    m_pageSpinBox->setKeyboardTracking(false); // typing "12" goes to page 12, not via page 1
    addWidget(m_pageSpinBox);
    addButton(m_nextAction, "pdfNextPageButton");
    addSeparator();
    addButton(m_zoomOutAction, "pdfZoomOutButton");
    m_zoomComboBox = new QComboBox(this);
    m_zoomComboBox->setObjectName(QStringLiteral("pdfZoomComboBox"));
    m_zoomComboBox->setAccessibleName(tr("Zoom"));
    m_zoomComboBox->setEditable(true);
    m_zoomComboBox->setInsertPolicy(QComboBox::NoInsert);
    for (double step : PdfZoomSteps)
        m_zoomComboBox->addItem(tr("%1 %").arg(qRound(step * 100)), step);
    addWidget(m_zoomComboBox);
    addButton(m_zoomInAction, "pdfZoomInButton");
    addSeparator();
    addButton(m_fitWidthAction, "pdfFitWidthButton");
    addButton(m_fitPageAction, "pdfFitPageButton");
    for (QAction* fit : {m_fitWidthAction, m_fitPageAction})
        static_cast<QToolButton*>(widgetForAction(fit))->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int value) { emit pageEntered(value - 1); });
    connect(m_zoomComboBox, &QComboBox::activated, this,
            [this](int index) { emit zoomEntered(m_zoomComboBox->itemData(index).toDouble()); });
    connect(m_zoomComboBox->lineEdit(), &QLineEdit::editingFinished, this, &PdfViewerToolBar::onZoomTextEntered);
}

QAction* PdfViewerToolBar::addViewerAction(QWidget* viewer, const QString& text, const char* name,
                                           const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcuts.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(text, shortcuts.first().toString(QKeySequence::NativeText)));
    viewer->addAction(action);
    return action;
}

void PdfViewerToolBar::addButton(QAction* action, const char* name)
{
    addAction(action);
    QWidget* button = widgetForAction(action);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(action->text());
}

void PdfViewerToolBar::onZoomTextEntered()
{
    QString text = m_zoomComboBox->currentText();
    text.remove(QLatin1Char('%'));
    bool ok = false;
    const double percent = QLocale().toDouble(text.trimmed(), &ok);
    if (ok && percent > 0 && qRound(percent) != qRound(m_zoom * 100))
        emit zoomEntered(percent / 100);
    else
        showZoom(m_zoom); // not a zoom: put the current one back
}

void PdfViewerToolBar::showZoom(double zoom)
{
    m_zoom = zoom;
    const QSignalBlocker blocker(m_zoomComboBox);
    m_zoomComboBox->setEditText(tr("%1 %").arg(qRound(zoom * 100)));
}

void PdfViewerToolBar::setState(int page, int pages, double zoom, bool fitWidth, bool fitPage)
{
    const bool document = pages > 0;
    m_previousAction->setEnabled(document && page > 0);
    m_firstAction->setEnabled(document && page > 0);
    m_nextAction->setEnabled(document && page < pages - 1);
    m_lastAction->setEnabled(document && page < pages - 1);
    m_zoomInAction->setEnabled(document && zoom < PdfZoomSteps.back() - 1e-3);
    m_zoomOutAction->setEnabled(document && zoom > PdfZoomSteps.front() + 1e-3);
    m_fitWidthAction->setEnabled(document);
    m_fitPageAction->setEnabled(document);
    m_fitWidthAction->setChecked(fitWidth);
    m_fitPageAction->setChecked(fitPage);
    {
        const QSignalBlocker blocker(m_pageSpinBox);
        m_pageSpinBox->setEnabled(document);
        m_pageSpinBox->setRange(1, std::max(1, pages));
        m_pageSpinBox->setSuffix(tr(" / %1").arg(std::max(1, pages)));
        m_pageSpinBox->setValue(page + 1);
    }
    m_zoomComboBox->setEnabled(document);
    showZoom(zoom);
}

} // namespace agencydesk
