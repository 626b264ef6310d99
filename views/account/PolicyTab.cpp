#include "PolicyTab.h"

#include "AccountActions.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

PolicyTab::PolicyTab(Workspace* workspace, AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_complexity(new QComboBox(this))
    , m_minLength(new QSpinBox(this))
    , m_history(new QSpinBox(this))
    , m_expiration(new QSpinBox(this))
    , m_lockout(new QSpinBox(this))
    , m_mfa(new QComboBox(this))
    , m_allowMfa(new QCheckBox(QStringLiteral("Allow users to enable MFA"), this))
    , m_source(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(QStringLiteral("Save policy"), this))
{
    m_complexity->setObjectName(QStringLiteral("policyComplexity"));
    m_minLength->setObjectName(QStringLiteral("policyMinLength"));
    m_history->setObjectName(QStringLiteral("policyHistory"));
    m_expiration->setObjectName(QStringLiteral("policyExpiration"));
    m_lockout->setObjectName(QStringLiteral("policyLockout"));
    m_mfa->setObjectName(QStringLiteral("policyMfa"));
    m_allowMfa->setObjectName(QStringLiteral("policyAllowMfa"));
    m_problems->setObjectName(QStringLiteral("policyProblems"));
    m_save->setObjectName(QStringLiteral("savePolicyButton"));
    using C = SecurityPolicy::Complexity;
    for (C c : {C::Easy, C::Medium, C::Hard, C::Custom})
        m_complexity->addItem(SecurityPolicy::complexityName(c), static_cast<int>(c));
    using M = SecurityPolicy::Mfa;
    for (M m : {M::DontForce, M::ForceExceptSso, M::Force})
        m_mfa->addItem(SecurityPolicy::mfaName(m), static_cast<int>(m));
    m_minLength->setRange(6, 128);
    m_history->setRange(0, 10);
    m_history->setSpecialValueText(QStringLiteral("Off"));
    m_history->setSuffix(QStringLiteral(" passwords"));
    m_expiration->setRange(0, 365);
    m_expiration->setSpecialValueText(QStringLiteral("Never"));
    m_expiration->setSuffix(QStringLiteral(" days"));
    m_lockout->setRange(0, 20);
    m_lockout->setSpecialValueText(QStringLiteral("Off"));
    m_lockout->setSuffix(QStringLiteral(" failed logins"));
    auto* rule = new QLabel(SecurityPolicy::rules(), this);
    rule->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setWordWrap(true);
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_problems->setPalette(p);

    auto* form = new QFormLayout(this);
    form->addRow(rule);
    form->addRow(m_source);
    form->addRow(QStringLiteral("Password complexity:"), m_complexity);
    form->addRow(QStringLiteral("Custom minimum length:"), m_minLength);
    form->addRow(QStringLiteral("Password history:"), m_history);
    form->addRow(QStringLiteral("Password expiration:"), m_expiration);
    form->addRow(QStringLiteral("Lockout after:"), m_lockout);
    form->addRow(QStringLiteral("MFA:"), m_mfa);
    form->addRow(QString(), m_allowMfa);
    form->addRow(m_problems);
    form->addRow(m_save);

    for (QComboBox* combo : {m_complexity, m_mfa})
        connect(combo, &QComboBox::currentIndexChanged, this, &PolicyTab::validate);
    for (QSpinBox* spin : {m_minLength, m_history, m_expiration, m_lockout})
        connect(spin, &QSpinBox::valueChanged, this, &PolicyTab::validate);
    connect(m_allowMfa, &QCheckBox::toggled, this, &PolicyTab::validate);
    connect(m_save, &QPushButton::clicked, this, &PolicyTab::save);
}

void PolicyTab::setAccount(const QString& id, bool inTrash)
{
    m_id = id;
    PolicyService service(m_workspace->database());
    bool inherited = false;
    const SecurityPolicy p = service.effective(id, &inherited);
    const SecurityPolicy base = service.environmentDefault();
    m_complexity->setCurrentIndex(m_complexity->findData(static_cast<int>(p.complexity)));
    m_minLength->setValue(p.minLength());
    m_history->setValue(p.history);
    m_expiration->setValue(p.expirationDays);
    m_lockout->setValue(p.lockout);
    m_mfa->setCurrentIndex(m_mfa->findData(static_cast<int>(p.mfa)));
    m_allowMfa->setChecked(p.allowMfa);
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

SecurityPolicy PolicyTab::policy() const
{
    SecurityPolicy p;
    p.complexity = static_cast<SecurityPolicy::Complexity>(m_complexity->currentData().toInt());
    p.customMinLength = m_minLength->value();
    p.history = m_history->value();
    p.expirationDays = m_expiration->value();
    p.lockout = m_lockout->value();
    p.mfa = static_cast<SecurityPolicy::Mfa>(m_mfa->currentData().toInt());
    p.allowMfa = m_allowMfa->isChecked();
    return p;
}

void PolicyTab::validate()
{
    const SecurityPolicy p = policy();
    m_minLength->setEnabled(p.complexity == SecurityPolicy::Complexity::Custom);
    if (p.complexity != SecurityPolicy::Complexity::Custom) {
        QSignalBlocker block(m_minLength);
        m_minLength->setValue(p.minLength());
    }
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
    if (!m_actions->setPolicy(m_id, policy()))
        m_problems->setText(m_actions->errorString());
}
