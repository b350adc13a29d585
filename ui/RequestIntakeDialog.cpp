#include "RequestIntakeDialog.h"

#include "CertificateHolderService.h"
#include "CertificateMasterService.h"
#include "InsuredService.h"
#include "MessageBox.h"
#include "RequestHolderFields.h"
#include "RequestService.h"
#include "RequestTableModel.h"
#include "SearchService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace agencydesk {

namespace {

QString customerText(const QString& name, const QString& city, const QString& state, bool active)
{
    QString text = name;
    if (!city.isEmpty() || !state.isEmpty())
        text += QStringLiteral(" — ") + QStringList{city, state}.join(QStringLiteral(", "));
    if (!active)
        text += QStringLiteral(" ") + RequestIntakeDialog::tr("(inactive)");
    return text;
}

} // namespace

RequestIntakeDialog::RequestIntakeDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("requestIntakeDialog"));
    setWindowTitle(tr("New request"));

    m_emailLabel = new QLabel(this);
    m_emailLabel->setObjectName(QStringLiteral("intakeEmailLabel"));
    m_emailLabel->setWordWrap(true);
    m_emailLabel->setTextFormat(Qt::PlainText);
    m_emailLabel->hide();
    m_emailBody = new QPlainTextEdit(this);
    m_emailBody->setObjectName(QStringLiteral("intakeEmailBodyPlainTextEdit"));
    m_emailBody->setAccessibleName(tr("The email's text"));
    m_emailBody->setReadOnly(true);
    m_emailBody->setTabChangesFocus(true);
    m_emailBody->setMaximumHeight(150);
    m_emailBody->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("intakeCustomerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Name, DBA, policy number or email"));
    m_search->setClearButtonEnabled(true);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("intakeCustomerComboBox"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(30);
    m_master = new QComboBox(this);
    m_master->setObjectName(QStringLiteral("intakeMasterComboBox"));
    m_master->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_master->setMinimumContentsLength(30);

    m_holderPicker = new QComboBox(this);
    m_holderPicker->setObjectName(QStringLiteral("intakeHolderPickerComboBox"));
    m_holderPicker->setAccessibleName(tr("Existing holder"));
    m_holderPicker->setToolTip(tr("A holder already on the master: its name, address and email fill the fields."));
    m_holderPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_holderPicker->setMinimumContentsLength(30);
    m_holder = std::make_unique<RequestHolderFields>(this, QStringLiteral("intake"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("intakeTypeComboBox"));
    for (RequestType t : {RequestType::Coi, RequestType::Wos})
        m_type->addItem(RequestTableModel::typeText(t), int(t));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("intakeSourceComboBox"));
    for (RequestSource s : {RequestSource::Phone, RequestSource::Email})
        m_source->addItem(RequestTableModel::sourceText(s), int(s));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("intakeNotesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("The customer's instructions, if any (a request with notes is reviewed by hand)"));
    m_notes->setMinimumHeight(70);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this, form](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Find customer:"), m_search);
    row(tr("C&ustomer:"), m_customer);
    row(tr("&Master:"), m_master);
    row(tr("E&xisting holder:"), m_holderPicker);
    m_holder->addRows(form, tr("&Holder name:"), tr("Holder &email:"));
    row(tr("T&ype:"), m_type);
    row(tr("S&ource:"), m_source);
    row(tr("&Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Ta&ke request"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("intakeOkButton"));
    m_ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("intakeCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestIntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emailLabel);
    layout->addWidget(m_emailBody);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &RequestIntakeDialog::searchNow);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    m_search->installEventFilter(this); // Enter there searches; it never takes a half-typed request in
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        loadMasters();
        updateOk();
    });
    connect(m_master, &QComboBox::currentIndexChanged, this, &RequestIntakeDialog::loadHolders);
    connect(m_holderPicker, &QComboBox::activated, this, &RequestIntakeDialog::pickHolder);
    m_customer->addItem(tr("Type to find the customer"), qint64(0));
    loadMasters();
    updateOk();
    resize(640, 640);
}

RequestIntakeDialog::~RequestIntakeDialog() = default;

void RequestIntakeDialog::setEmail(const QByteArray& eml, const QString& fileName, const QString& summary,
                                   const QString& body, const QString& sender)
{
    m_eml = eml;
    m_emlName = fileName;
    setWindowTitle(tr("New request from %1").arg(fileName));
    m_emailLabel->setText(summary);
    m_emailLabel->show();
    m_emailBody->setPlainText(body);
    m_emailBody->show();
    resize(width(), 780);
    m_source->setCurrentIndex(m_source->findData(int(RequestSource::Email)));
    m_source->setEnabled(false);
    if (!sender.isEmpty() && m_customer->currentData().toLongLong() == 0) {
        m_search->setText(sender);
        searchNow();
    }
}

void RequestIntakeDialog::setInsured(qint64 insuredId)
{
    Result<Insured> insured = InsuredService(m_session).get(insuredId);
    if (!insured)
        return;
    m_customer->clear();
    addCustomer(insured->id, customerText(insured->name, insured->city, insured->state, insured->active));
    m_customer->setCurrentIndex(0);
}

void RequestIntakeDialog::addCustomer(qint64 id, const QString& text)
{
    m_customer->addItem(text, id);
}

void RequestIntakeDialog::searchNow()
{
    m_debounce.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const qint64 chosen = insuredId();
    Result<std::vector<SearchHit>> hits = SearchService(m_session).search(text);
    const QSignalBlocker block(m_customer);
    m_customer->clear();
    if (!hits) {
        m_customer->addItem(hits.error().message, qint64(0));
    } else if (hits->empty()) {
        m_customer->addItem(tr("No customer matches \"%1\"").arg(text), qint64(0));
    } else {
        for (const SearchHit& hit : *hits)
            addCustomer(hit.insuredId, customerText(hit.name, hit.city, hit.state, hit.active));
        m_customer->setCurrentIndex(std::max(0, m_customer->findData(chosen)));
    }
    loadMasters();
    updateOk();
}

bool RequestIntakeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            searchNow();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 RequestIntakeDialog::insuredId() const
{
    return m_customer->currentData().toLongLong();
}

void RequestIntakeDialog::loadMasters()
{
    {
        const QSignalBlocker block(m_master);
        m_master->clear();
        m_master->addItem(tr("None (the request is reviewed by hand)"), qint64(0));
        const qint64 id = insuredId();
        Result<std::vector<CertificateMaster>> masters =
            id > 0 ? CertificateMasterService(m_session).forInsured(id) : std::vector<CertificateMaster>{};
        if (!masters)
            m_master->setItemText(0, masters.error().message);
        for (const CertificateMaster& m : masters ? *masters : std::vector<CertificateMaster>{})
            m_master->addItem(m.name, m.id);
        if (m_master->count() > 1)
            m_master->setCurrentIndex(1); // the customer's usual certificate
    }
    loadHolders();
}

void RequestIntakeDialog::loadHolders()
{
    m_holderPicker->clear();
    m_holders.clear();
    const qint64 masterId = m_master->currentData().toLongLong();
    if (masterId <= 0) {
        m_holderPicker->addItem(tr("Choose a master to pick one of its holders"));
        m_holderPicker->setEnabled(false);
        return;
    }
    Result<std::vector<CertificateHolderRecord>> holders = CertificateHolderService(m_session).forMaster(masterId);
    if (!holders) {
        m_holderPicker->addItem(holders.error().message);
        m_holderPicker->setEnabled(false);
        return;
    }
    m_holders = *holders;
    m_holderPicker->setEnabled(!m_holders.empty());
    m_holderPicker->addItem(m_holders.empty() ? tr("No holder on this master yet: type the holder below")
                                              : tr("A new holder (typed below)"));
    for (const CertificateHolderRecord& h : m_holders) {
        QStringList parts{h.name};
        for (const QString& part : {h.address1, h.city}) {
            if (!part.isEmpty())
                parts << part;
        }
        m_holderPicker->addItem(parts.join(QStringLiteral(", ")));
    }
}

void RequestIntakeDialog::pickHolder()
{
    const int index = m_holderPicker->currentIndex() - 1;
    if (index < 0 || index >= int(m_holders.size()))
        return;
    const CertificateHolderRecord& h = m_holders[size_t(index)];
    m_holder->setHolder({h.name, h.address1, h.address2, h.city, h.state, h.postalCode, h.country, h.email});
}

void RequestIntakeDialog::updateOk()
{
    m_ok->setEnabled(insuredId() > 0);
}

CertificateRequest RequestIntakeDialog::request() const
{
    CertificateRequest r;
    r.insuredId = insuredId();
    if (const qint64 master = m_master->currentData().toLongLong(); master > 0)
        r.masterId = master;
    r.holder = m_holder->holder();
    r.type = RequestType(m_type->currentData().toInt());
    r.source = RequestSource(m_source->currentData().toInt());
    r.notes = m_notes->toPlainText();
    return r;
}

void RequestIntakeDialog::accept()
{
    if (insuredId() <= 0)
        return;
    RequestService desk(m_session);
    Result<qint64> id = m_eml.isEmpty() ? desk.intake(request()) : desk.intakeEmail(request(), m_eml, m_emlName);
    if (!id) {
        MessageBox::showError(this, tr("The request was not taken."), id.error());
        return; // what was typed stays
    }
    m_requestId = *id;
    QDialog::accept();
}

} // namespace agencydesk
