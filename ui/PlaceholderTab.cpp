#include "PlaceholderTab.h"

#include <QLabel>
#include <QVBoxLayout>

namespace agencydesk {

PlaceholderTab::PlaceholderTab(const QString& feature, const QString& description, QWidget* parent)
    : QWidget(parent), m_feature(feature)
{
    auto* title = new QLabel(tr("%1 — coming soon").arg(feature), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    m_insuredLabel = new QLabel(this);
    m_insuredLabel->setAlignment(Qt::AlignCenter);
    m_insuredLabel->setObjectName(QStringLiteral("placeholderInsuredLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_insuredLabel);
    layout->addStretch();
    setInsuredName({});
}

void PlaceholderTab::setInsuredName(const QString& name)
{
    m_insuredLabel->setText(name.isEmpty() ? tr("No insured selected.")
                                           : tr("Selected insured: <b>%1</b>").arg(name.toHtmlEscaped()));
}

QString PlaceholderTab::insuredText() const
{
    return m_insuredLabel->text();
}

} // namespace agencydesk
