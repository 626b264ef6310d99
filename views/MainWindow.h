#pragma once

#include "Environment.h"

#include <QMainWindow>

class AccountActions;
class AccountDialog;
class AccountsPage;
class HistoryPage;
class QUndoStack;
class RolesPage;
class TrashPage;
class EnvironmentStrip;
class QActionGroup;
class QComboBox;
class QListWidget;
class QStackedWidget;
class UsersPage;
class Workspace;

// The application window: environment switcher and strip, a sidebar of pages, menus and
// toolbar with the standard shortcuts; it composes the pages and restores its layout.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        AccountsPageIndex,
        UsersPageIndex,
        RolesPageIndex,
        HistoryPageIndex,
        TrashPageIndex,
        PageCount
    };

    explicit MainWindow(const QString& dataDir, std::optional<Environment> env = std::nullopt,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    bool switchEnvironment(Environment env);
    void showPage(Page page);
    void importFiles();
    void importFolder();
    void importPaths(const QStringList& paths);
    void loadDemoData();
    void exportCurrent();
    void refresh();
    void newAccount();
    AccountDialog* openAccount(const QString& accountId);
    void deleteAccount(const QString& accountId);

    Workspace* workspace() const { return m_workspace; }
    AccountsPage* accountsPage() const { return m_accounts; }
    UsersPage* usersPage() const { return m_users; }
    RolesPage* rolesPage() const { return m_roles; }
    HistoryPage* historyPage() const { return m_history; }
    TrashPage* trashPage() const { return m_trash; }
    QUndoStack* undoStack() const { return m_undo; }
    EnvironmentStrip* environmentStrip() const { return m_strip; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateEnvironmentUi();
    void restoreLayout();
    void saveLayout() const;

    Workspace* m_workspace;
    QUndoStack* m_undo;
    AccountActions* m_actions;
    EnvironmentStrip* m_strip;
    QComboBox* m_envCombo;
    QActionGroup* m_envActions;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    AccountsPage* m_accounts;
    UsersPage* m_users;
    RolesPage* m_roles;
    HistoryPage* m_history;
    TrashPage* m_trash;
};
