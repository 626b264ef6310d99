#pragma once

#include "SecurityPolicy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;

// The fields of a security policy (complexity, custom length, history, expiration, lockout, MFA),
// for an account's policy and for the environment's default alike.
class PolicyForm final : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyForm(QWidget* parent = nullptr);

    void setPolicy(const SecurityPolicy& policy);
    SecurityPolicy policy() const;
    QFormLayout* formLayout() const { return m_layout; }

signals:
    void changed();

private:
    QFormLayout* m_layout;
    QComboBox* m_complexity;
    QSpinBox* m_minLength;
    QSpinBox* m_history;
    QSpinBox* m_expiration;
    QSpinBox* m_lockout;
    QComboBox* m_mfa;
    QCheckBox* m_allowMfa;
};
