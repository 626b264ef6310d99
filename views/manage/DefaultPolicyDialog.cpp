#include "DefaultPolicyDialog.h"

#include "PolicyForm.h"
#include "SecurityPolicy.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DefaultPolicyDialog::DefaultPolicyDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new PolicyForm(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("defaultPolicyDialog"));
    setWindowTitle(
        QStringLiteral("Default security policy — %1").arg(Environments::displayName(workspace->environment())));
    m_error->setObjectName(QStringLiteral("defaultPolicyError"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    auto* hint =
        new QLabel(QStringLiteral("Accounts without a policy of their own use this one; an account may only be "
                                  "stricter. A default that would leave an account's own policy looser is "
                                  "refused until that account is made stricter."),
                   this);
    hint->setWordWrap(true);
    m_form->setPolicy(PolicyService(workspace->database()).environmentDefault());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_form, &PolicyForm::changed, this, [this] {
        const QString reason = m_form->policy().validate();
        m_error->setText(reason);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DefaultPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DefaultPolicyDialog::accept()
{
    PolicyService service(m_workspace->database());
    if (!service.setDefault(m_form->policy())) {
        m_error->setText(service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
    QDialog::accept();
}

QString DefaultPolicyDialog::errorText() const
{
    return m_error->text();
}
