#pragma once

#include <QWidget>

class QLabel;

namespace agencydesk {

/// A tab whose feature is not built yet; it already follows the selected insured.
class PlaceholderTab : public QWidget
{
    Q_OBJECT
public:
    PlaceholderTab(const QString& feature, const QString& description, QWidget* parent = nullptr);

    void setInsuredName(const QString& name);
    QString insuredText() const;

private:
    QString m_feature;
    QLabel* m_insuredLabel = nullptr;
};

} // namespace agencydesk
