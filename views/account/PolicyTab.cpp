#include "PolicyTab.h"

#include "AccountActions.h"
#include "PolicyForm.h"
#include "SecurityPolicy.h"
#include "Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PolicyTab::PolicyTab(Workspace* workspace, AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_form(new PolicyForm(this))
    , m_source(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(QStringLiteral("Save policy"), this))
{
    m_problems->setObjectName(QStringLiteral("policyProblems"));
    m_save->setObjectName(QStringLiteral("savePolicyButton"));
    auto* rule = new QLabel(SecurityPolicy::rules(), this);
    rule->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setWordWrap(true);
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_problems->setPalette(p);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rule);
    layout->addWidget(m_source);
    layout->addWidget(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(m_save);
    layout->addStretch();
    connect(m_form, &PolicyForm::changed, this, &PolicyTab::validate);
    connect(m_save, &QPushButton::clicked, this, &PolicyTab::save);
}

void PolicyTab::setAccount(const QString& id, bool inTrash)
{
    m_id = id;
    PolicyService service(m_workspace->database());
    bool inherited = false;
    const SecurityPolicy base = service.environmentDefault();
    m_form->setPolicy(service.effective(id, &inherited));
    m_source->setText(
        (inherited ? QStringLiteral("This account uses the environment's default policy. ")
                   : QStringLiteral("This account has its own policy. ")) +
        QStringLiteral("The default: %1, history %2, expiration %3, lockout %4, MFA %5.")
            .arg(SecurityPolicy::complexityName(base.complexity).section(QLatin1Char(' '), 0, 0))
            .arg(base.history)
            .arg(base.expirationDays ? QStringLiteral("%1 days").arg(base.expirationDays) : QStringLiteral("never"),
                 base.lockout ? QString::number(base.lockout) : QStringLiteral("off"),
                 SecurityPolicy::mfaName(base.mfa)));
    setEnabled(!inTrash);
    validate();
}

void PolicyTab::validate()
{
    const SecurityPolicy p = m_form->policy();
    QStringList problems;
    if (const QString range = p.validate(); !range.isEmpty())
        problems << range;
    problems << p.looserThan(PolicyService(m_workspace->database()).environmentDefault());
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : QStringLiteral("Not allowed: ") + problems.join(QStringLiteral("; ")) + QLatin1Char('.'));
    m_save->setEnabled(problems.isEmpty());
}

void PolicyTab::save()
{
    if (!m_actions->setPolicy(m_id, m_form->policy()))
        m_problems->setText(m_actions->errorString());
}
