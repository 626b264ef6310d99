#pragma once

#include <QWidget>

class AccountActions;
class MemberTableModel;
class QLabel;
class QPushButton;
class QTableView;
class Workspace;

// An account's members: add a user by email with roles, change roles (undoable), remove (never
// the primary user).
class MembersTab final : public QWidget
{
    Q_OBJECT

public:
    MembersTab(Workspace* workspace, AccountActions* actions, QWidget* parent = nullptr);
    void setAccount(const QString& id, bool inTrash);
    MemberTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void addMember();
    void changeRoles();
    void removeMember();

private:
    void updateButtons();
    int currentRow() const;

    Workspace* m_workspace;
    AccountActions* m_actions;
    QString m_id;
    MemberTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_roles;
    QPushButton* m_remove;
};
