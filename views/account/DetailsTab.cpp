#include "DetailsTab.h"

#include "AccountActions.h"
#include "AccountService.h"
#include "Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

DetailsTab::DetailsTab(AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_name(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(QStringLiteral("Save"), this))
{
    m_name->setObjectName(QStringLiteral("detailsName"));
    m_website->setObjectName(QStringLiteral("detailsWebsite"));
    m_website->setPlaceholderText(QStringLiteral("https://company.com (optional)"));
    m_error->setObjectName(QStringLiteral("detailsError"));
    m_save->setObjectName(QStringLiteral("saveDetailsButton"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    auto* form = new QFormLayout(this);
    form->addRow(QStringLiteral("Name:"), m_name);
    form->addRow(QStringLiteral("Website:"), m_website);
    form->addRow(m_error);
    form->addRow(m_save);
    connect(m_name, &QLineEdit::textChanged, this, &DetailsTab::validate);
    connect(m_website, &QLineEdit::textChanged, this, &DetailsTab::validate);
    connect(m_name, &QLineEdit::returnPressed, this, &DetailsTab::save);
    connect(m_website, &QLineEdit::returnPressed, this, &DetailsTab::save);
    connect(m_save, &QPushButton::clicked, this, &DetailsTab::save);
}

void DetailsTab::setAccount(const AccountDetails& account)
{
    m_id = account.id;
    m_name->setText(account.name);
    m_website->setText(account.website);
    setEnabled(!account.inTrash());
    validate();
}

void DetailsTab::validate()
{
    QString reason = Validation::accountName(m_name->text().trimmed());
    if (reason.isEmpty())
        reason = AccountService::checkWebsite(m_website->text().trimmed());
    m_error->setText(reason.isEmpty() ? QString() : reason.left(1).toUpper() + reason.mid(1) + QLatin1Char('.'));
    m_save->setEnabled(reason.isEmpty());
}

void DetailsTab::save()
{
    if (!m_save->isEnabled())
        return;
    if (!m_actions->editDetails(m_id, m_name->text(), m_website->text()))
        m_error->setText(m_actions->errorString());
}
