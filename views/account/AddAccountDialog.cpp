#include "AddAccountDialog.h"

#include "AccountService.h"
#include "Dialogs.h"
#include "RoleChecklist.h"
#include "Validation.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

AddAccountDialog::AddAccountDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_idStatus(new QLabel(this))
    , m_website(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_roles(new RoleChecklist(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(QStringLiteral("New account in %1").arg(Environments::displayName(workspace->environment())));
    resize(520, 420);
    m_name->setObjectName(QStringLiteral("newAccountName"));
    m_id->setObjectName(QStringLiteral("newAccountId"));
    m_idStatus->setObjectName(QStringLiteral("newAccountIdStatus"));
    m_website->setObjectName(QStringLiteral("newAccountWebsite"));
    m_email->setObjectName(QStringLiteral("newAccountPrimaryEmail"));
    m_error->setObjectName(QStringLiteral("newAccountError"));
    m_id->setPlaceholderText(QStringLiteral("as your application names it; empty: a UUID"));
    m_website->setPlaceholderText(QStringLiteral("https://company.com (optional)"));
    m_email->setPlaceholderText(QStringLiteral("the creator, made primary user (optional)"));
    m_roles->load(workspace->database(), {QStringLiteral("admin")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(QStringLiteral("Create"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    m_error->setWordWrap(true);
    m_idStatus->setWordWrap(true);
    m_idStatus->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* form = new QFormLayout(this);
    form->addRow(QStringLiteral("Name:"), m_name);
    form->addRow(QStringLiteral("ID:"), m_id);
    form->addRow(QString(), m_idStatus);
    form->addRow(QStringLiteral("Website:"), m_website);
    form->addRow(QStringLiteral("Primary user:"), m_email);
    form->addRow(QStringLiteral("Their roles:"), m_roles);
    form->addRow(m_error);
    form->addRow(m_buttons);
    for (QLineEdit* edit : {m_name, m_id, m_website, m_email})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    connect(m_roles, &RoleChecklist::checkedChanged, this, &AddAccountDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString AddAccountDialog::idStatus() const
{
    return m_idStatus->text();
}

void AddAccountDialog::validate()
{
    AccountService service(m_workspace->database());
    const QString id = m_id->text().trimmed();
    const QString idReason = service.checkNewId(id);
    const std::optional<AccountDetails> existing = id.isEmpty() ? std::nullopt : service.find(id);
    QPalette p = m_idStatus->palette();
    if (id.isEmpty()) {
        m_idStatus->setText(QStringLiteral("A UUID will be generated."));
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else if (!idReason.isEmpty()) {
        m_idStatus->setText(QStringLiteral("✗ ") + idReason.left(1).toUpper() + idReason.mid(1) + QLatin1Char('.'));
        p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    } else if (existing && existing->inTrash()) {
        m_idStatus->setText(QStringLiteral("“%1” is in the trash: creating it restores that account with all it had.")
                                .arg(existing->name));
        p.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
    } else {
        m_idStatus->setText(QStringLiteral("✓ Available"));
        p.setColor(QPalette::WindowText, QColor(0x2e, 0x9d, 0x4a));
    }
    m_idStatus->setPalette(p);

    QString reason = idReason;
    if (reason.isEmpty())
        reason = Validation::accountName(m_name->text().trimmed());
    if (reason.isEmpty())
        reason = AccountService::checkWebsite(m_website->text().trimmed());
    const QString email = m_email->text().trimmed();
    if (reason.isEmpty() && !email.isEmpty() && !Validation::email(email).isEmpty())
        reason = QStringLiteral("“%1” is not a valid email address").arg(email);
    if (reason.isEmpty() && !email.isEmpty() && m_roles->checkedKeys().isEmpty())
        reason = QStringLiteral("choose at least one role for the primary user");
    m_roles->setEnabled(!email.isEmpty());
    m_error->setText(reason.isEmpty() || reason == idReason
                         ? QString()
                         : reason.left(1).toUpper() + reason.mid(1) + QLatin1Char('.'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void AddAccountDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    AccountService service(m_workspace->database());
    bool restored = false;
    const std::optional<QString> id = service.add(
        {m_id->text(), m_name->text(), m_website->text(), m_email->text(), m_roles->checkedKeys()}, &restored);
    if (!id) {
        m_error->setText(service.errorString());
        return;
    }
    m_createdId = *id;
    m_workspace->notifyDataChanged();
    if (restored)
        Dialogs::information(this, QStringLiteral("Account restored"),
                             QStringLiteral("“%1” was in the trash and has been restored with all it had.").arg(*id));
    QDialog::accept();
}
