#pragma once

#include <QToolBar>

#include <array>

class QAction;
class QComboBox;
class QSpinBox;

namespace agencydesk {

/// The zoom factors the zoom combo box offers and zoom in / zoom out step through (1.0 = 100 %).
inline constexpr std::array<double, 9> PdfZoomSteps{0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};

/// PdfViewer's toolbar: previous / next page around a "1 / N" page spin box, zoom out / zoom in around a zoom
/// combo box (50–400 %, also typed), Fit width and Fit page. It only shows the viewer's state (setState) and
/// reports what the user asks for; its actions carry the keyboard shortcuts, which work anywhere in the viewer.
class PdfViewerToolBar : public QToolBar
{
    Q_OBJECT
public:
    /// \a viewer receives the actions, so their shortcuts work wherever the focus is inside it.
    explicit PdfViewerToolBar(QWidget* viewer);

    /// Shows the current page (0-based) of \a pages (0: no document, everything disabled) and the zoom.
    void setState(int page, int pages, double zoom, bool fitWidth, bool fitPage);

    QAction* previousPageAction() const { return m_previousAction; } ///< PageUp
    QAction* nextPageAction() const { return m_nextAction; }         ///< PageDown
    QAction* firstPageAction() const { return m_firstAction; }       ///< Home
    QAction* lastPageAction() const { return m_lastAction; }         ///< End
    QAction* zoomInAction() const { return m_zoomInAction; }         ///< Ctrl++
    QAction* zoomOutAction() const { return m_zoomOutAction; }       ///< Ctrl+-
    QAction* fitWidthAction() const { return m_fitWidthAction; }     ///< checkable
    QAction* fitPageAction() const { return m_fitPageAction; }       ///< checkable

signals:
    void pageEntered(int page);    ///< 0-based, from the spin box
    void zoomEntered(double zoom); ///< picked or typed in the combo box

private:
    QAction* addViewerAction(QWidget* viewer, const QString& text, const char* name,
                             const QList<QKeySequence>& shortcuts);
    void addButton(QAction* action, const char* name);
    void onZoomTextEntered();
    void showZoom(double zoom);

    double m_zoom = 1.0;
    QSpinBox* m_pageSpinBox = nullptr;
    QComboBox* m_zoomComboBox = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_firstAction = nullptr;
    QAction* m_lastAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitWidthAction = nullptr;
    QAction* m_fitPageAction = nullptr;
};

} // namespace agencydesk
