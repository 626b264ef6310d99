#include "PolicyForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

PolicyForm::PolicyForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_complexity(new QComboBox(this))
    , m_minLength(new QSpinBox(this))
    , m_history(new QSpinBox(this))
    , m_expiration(new QSpinBox(this))
    , m_lockout(new QSpinBox(this))
    , m_mfa(new QComboBox(this))
    , m_allowMfa(new QCheckBox(QStringLiteral("Allow users to enable MFA"), this))
{
    m_complexity->setObjectName(QStringLiteral("policyComplexity"));
    m_minLength->setObjectName(QStringLiteral("policyMinLength"));
    m_history->setObjectName(QStringLiteral("policyHistory"));
    m_expiration->setObjectName(QStringLiteral("policyExpiration"));
    m_lockout->setObjectName(QStringLiteral("policyLockout"));
    m_mfa->setObjectName(QStringLiteral("policyMfa"));
    m_allowMfa->setObjectName(QStringLiteral("policyAllowMfa"));
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
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(QStringLiteral("Password complexity:"), m_complexity);
    m_layout->addRow(QStringLiteral("Custom minimum length:"), m_minLength);
    m_layout->addRow(QStringLiteral("Password history:"), m_history);
    m_layout->addRow(QStringLiteral("Password expiration:"), m_expiration);
    m_layout->addRow(QStringLiteral("Lockout after:"), m_lockout);
    m_layout->addRow(QStringLiteral("MFA:"), m_mfa);
    m_layout->addRow(QString(), m_allowMfa);

    const auto update = [this] {
        // The length follows the complexity unless it is Custom.
        const bool custom = m_complexity->currentData().toInt() == static_cast<int>(SecurityPolicy::Complexity::Custom);
        m_minLength->setEnabled(custom);
        if (!custom) {
            QSignalBlocker block(m_minLength);
            m_minLength->setValue(policy().minLength());
        }
        emit changed();
    };
    for (QComboBox* combo : {m_complexity, m_mfa})
        connect(combo, &QComboBox::currentIndexChanged, this, update);
    for (QSpinBox* spin : {m_minLength, m_history, m_expiration, m_lockout})
        connect(spin, &QSpinBox::valueChanged, this, update);
    connect(m_allowMfa, &QCheckBox::toggled, this, update);
}

void PolicyForm::setPolicy(const SecurityPolicy& p)
{
    m_complexity->setCurrentIndex(m_complexity->findData(static_cast<int>(p.complexity)));
    m_minLength->setValue(p.minLength());
    m_history->setValue(p.history);
    m_expiration->setValue(p.expirationDays);
    m_lockout->setValue(p.lockout);
    m_mfa->setCurrentIndex(m_mfa->findData(static_cast<int>(p.mfa)));
    m_allowMfa->setChecked(p.allowMfa);
}

SecurityPolicy PolicyForm::policy() const
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
