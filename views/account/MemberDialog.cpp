#include "MemberDialog.h"

#include "RoleChecklist.h"
#include "Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

MemberDialog::MemberDialog(const Database& db, const QString& email, const QStringList& roles, QWidget* parent)
    : QDialog(parent)
    , m_email(new QLineEdit(email, this))
    , m_roles(new RoleChecklist(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(email.isEmpty() ? QStringLiteral("Add user") : QStringLiteral("Roles of %1").arg(email));
    m_email->setObjectName(QStringLiteral("memberEmail"));
    m_email->setPlaceholderText(QStringLiteral("name@company.com (need not be a user yet)"));
    m_email->setReadOnly(!email.isEmpty());
    m_roles->load(db, roles);
    m_error->setObjectName(QStringLiteral("memberError"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    m_buttons->button(QDialogButtonBox::Ok)->setText(email.isEmpty() ? QStringLiteral("Add") : QStringLiteral("Save"));

    auto* form = new QFormLayout(this);
    form->addRow(QStringLiteral("Email:"), m_email);
    form->addRow(QStringLiteral("Roles:"), m_roles);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_email, &QLineEdit::textChanged, this, &MemberDialog::validate);
    connect(m_roles, &RoleChecklist::checkedChanged, this, &MemberDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void MemberDialog::validate()
{
    QString reason;
    if (m_email->text().trimmed().isEmpty())
        reason = QStringLiteral("Enter the user's email.");
    else if (!Validation::email(email()).isEmpty())
        reason = QStringLiteral("“%1” is not a valid email address.").arg(m_email->text().trimmed());
    else if (roles().isEmpty())
        reason = QStringLiteral("Choose at least one role.");
    m_error->setText(reason);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

QString MemberDialog::email() const
{
    return m_email->text().trimmed().toLower();
}

QStringList MemberDialog::roles() const
{
    return m_roles->checkedKeys();
}
