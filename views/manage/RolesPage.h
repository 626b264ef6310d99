#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;
class Workspace;
struct Role;

// The environment's roles: add, edit, delete (not while in use), and the default role for new
// members.
class RolesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RolesPage(Workspace* workspace, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void reload();
    void addRole();
    void editRole();
    void deleteRole();
    void moveMembers(); // asks for the role to move the selected role's members to

private:
    bool editInDialog(Role& role, bool isNew);
    QString selectedKey() const;

    Workspace* m_workspace;
    QTableWidget* m_table;
    QComboBox* m_default;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_move;
};
