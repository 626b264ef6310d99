#pragma once

#include "Environment.h"

#include <QMainWindow>

class AccountsPage;
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
        UsersPageIndex
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

    Workspace* workspace() const { return m_workspace; }
    AccountsPage* accountsPage() const { return m_accounts; }
    UsersPage* usersPage() const { return m_users; }
    EnvironmentStrip* environmentStrip() const { return m_strip; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateEnvironmentUi();
    void restoreLayout();
    void saveLayout() const;

    Workspace* m_workspace;
    EnvironmentStrip* m_strip;
    QComboBox* m_envCombo;
    QActionGroup* m_envActions;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    AccountsPage* m_accounts;
    UsersPage* m_users;
};
