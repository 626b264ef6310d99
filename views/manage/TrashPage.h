#pragma once

#include <QWidget>

class AccountActions;
class QLabel;
class QPushButton;
class QTableWidget;
class Workspace;

// Deleted accounts: restore one with all it had, or purge it for good after a second confirmation.
class TrashPage final : public QWidget
{
    Q_OBJECT

public:
    TrashPage(Workspace* workspace, AccountActions* actions, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    void reload();
    void restoreSelected();
    void purgeSelected();

private:
    QString selectedId() const;

    Workspace* m_workspace;
    AccountActions* m_actions;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QPushButton* m_purge;
    QLabel* m_empty;
};
