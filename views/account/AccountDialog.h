#pragma once

#include <QDialog>

class AccountActions;
class DetailsTab;
class HistoryTableModel;
class MembersTab;
class MetadataTab;
class PolicyTab;
class QLabel;
class QPushButton;
class QTabWidget;
class SsoTab;
class Workspace;

// One account: a header (name, ID with a copy button, created, last visit, daily visits) and
// tabs for details, users and roles, security policy, SSO, metadata and history. Modeless; it
// follows every change of the data, undo included.
class AccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(Workspace* workspace, AccountActions* actions, const QString& accountId, QWidget* parent = nullptr);

    QString accountId() const { return m_id; }
    QTabWidget* tabs() const { return m_tabs; }
    MembersTab* membersTab() const { return m_members; }
    QString copiedText() const; // the brief confirmation after copying the ID

    void copyId();
    void reload();

private:
    Workspace* m_workspace;
    AccountActions* m_actions;
    QString m_id;
    QLabel* m_name;
    QLabel* m_idLabel;
    QLabel* m_copied;
    QLabel* m_facts;
    QLabel* m_trashBanner;
    QPushButton* m_delete;
    QTabWidget* m_tabs;
    DetailsTab* m_details;
    MembersTab* m_members;
    PolicyTab* m_policy;
    SsoTab* m_sso;
    MetadataTab* m_metadata;
    HistoryTableModel* m_history;
};
