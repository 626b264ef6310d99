#pragma once

#include <QWidget>

class AccountActions;
class PolicyForm;
class QLabel;
class QPushButton;
class Workspace;
struct SecurityPolicy;

// The account's security policy, starting from the environment's defaults and allowing only
// stricter values: the tab explains the rule and what is not allowed before saving.
class PolicyTab final : public QWidget
{
    Q_OBJECT

public:
    PolicyTab(Workspace* workspace, AccountActions* actions, QWidget* parent = nullptr);
    void setAccount(const QString& id, bool inTrash);

private:
    void validate();
    void save();

    Workspace* m_workspace;
    AccountActions* m_actions;
    QString m_id;
    PolicyForm* m_form;
    QLabel* m_source;
    QLabel* m_problems;
    QPushButton* m_save;
};
