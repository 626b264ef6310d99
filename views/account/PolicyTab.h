#pragma once

#include "SecurityPolicy.h"

#include <QWidget>

class AccountActions;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class Workspace;

// The account's security policy, starting from the environment's defaults and allowing only
// stricter values: the tab explains the rule and what is not allowed before saving.
class PolicyTab final : public QWidget
{
    Q_OBJECT

public:
    PolicyTab(Workspace* workspace, AccountActions* actions, QWidget* parent = nullptr);
    void setAccount(const QString& id, bool inTrash);
    SecurityPolicy policy() const;

private:
    void validate();
    void save();

    Workspace* m_workspace;
    AccountActions* m_actions;
    QString m_id;
    QComboBox* m_complexity;
    QSpinBox* m_minLength;
    QSpinBox* m_history;
    QSpinBox* m_expiration;
    QSpinBox* m_lockout;
    QComboBox* m_mfa;
    QCheckBox* m_allowMfa;
    QLabel* m_source;
    QLabel* m_problems;
    QPushButton* m_save;
};
