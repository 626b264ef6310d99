#include "MainWindow.h"

#include "AccountActions.h"
#include "AccountDialog.h"
#include "AccountTableModel.h"
#include "AccountsPage.h"
#include "AddAccountDialog.h"
#include "Clock.h"
#include "DefaultPolicyDialog.h"
#include "DemoGenerator.h"
#include "Dialogs.h"
#include "EnvironmentStrip.h"
#include "HistoryPage.h"
#include "ImportRunner.h"
#include "Instant.h"
#include "RolesPage.h"
#include "TrashPage.h"
#include "UsersPage.h"
#include "Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(const QString& dataDir, std::optional<Environment> env, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(dataDir, this))
    , m_undo(new QUndoStack(this))
    , m_actions(new AccountActions(m_workspace, m_undo, this))
    , m_strip(new EnvironmentStrip(this))
    , m_envCombo(new QComboBox(this))
    , m_envActions(new QActionGroup(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_accounts(new AccountsPage(m_workspace, this))
    , m_users(new UsersPage(m_workspace, this))
    , m_roles(new RolesPage(m_workspace, this))
    , m_history(new HistoryPage(m_workspace, this))
    , m_trash(new TrashPage(m_workspace, m_actions, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_envCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    for (Environment e : Environments::all())
        m_envCombo->addItem(Environments::displayName(e), static_cast<int>(e));
    m_envCombo->setToolTip(QStringLiteral("The environment: each has its own database (Ctrl+1 … Ctrl+4)"));

    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), QStringLiteral("Accounts")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("system-users")), QStringLiteral("Users")));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("preferences-desktop-user")), QStringLiteral("Roles")));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("document-open-recent")), QStringLiteral("History")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("user-trash")), QStringLiteral("Trash")));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { padding-top: 8px; outline: 0; }"
                                            "QListWidget#sidebar::item { padding: 8px 12px; border-radius: 4px; }"
                                            "QListWidget#sidebar::item:selected { background: palette(highlight); "
                                            "color: palette(highlighted-text); }"));
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->setBackgroundRole(QPalette::Window);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);
    m_pages->addWidget(m_accounts);
    m_pages->addWidget(m_users);
    m_pages->addWidget(m_roles);
    m_pages->addWidget(m_history);
    m_pages->addWidget(m_trash);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* body = new QWidget(this);
    auto* bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(m_sidebar);
    bodyLayout->addWidget(m_pages, 1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_strip);
    layout->addWidget(body, 1);
    setCentralWidget(central);

    createActions();
    connect(m_accounts, &AccountsPage::importRequested, this, &MainWindow::importFiles);
    connect(m_accounts, &AccountsPage::demoRequested, this, &MainWindow::loadDemoData);
    connect(m_accounts, &AccountsPage::openRequested, this, &MainWindow::openAccount);
    connect(m_accounts, &AccountsPage::deleteRequested, this, &MainWindow::deleteAccount);
    connect(m_workspace, &Workspace::environmentChanged, this, &MainWindow::updateEnvironmentUi);

    restoreLayout();
    QSettings settings;
    const Environment initial =
        env.value_or(Environments::fromName(settings.value(QStringLiteral("environment")).toString())
                         .value_or(Environment::Development));
    if (!switchEnvironment(initial) && initial != Environment::Development)
        switchEnvironment(Environment::Development);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
    QAction* newAccountAction = file->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                                QStringLiteral("&New Account…"), this, &MainWindow::newAccount);
    newAccountAction->setObjectName(QStringLiteral("newAccountAction"));
    newAccountAction->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* importFilesAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                                 QStringLiteral("&Import CSV Files…"), this, &MainWindow::importFiles);
    importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* importFolderAction = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")),
                                                  QStringLiteral("Import &Folder…"), this, &MainWindow::importFolder);
    importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                            QStringLiteral("&Export CSV…"), this, &MainWindow::exportCurrent);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(QStringLiteral("Export the list shown, with its search and sort, as CSV"));
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QStringLiteral("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(QStringLiteral("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, QStringLiteral("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    // Application-wide, so that Ctrl+Z works in an account window too (a text field with its own
    // undo still takes the key first).
    undo->setShortcutContext(Qt::ApplicationShortcut);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_undo->createRedoAction(this, QStringLiteral("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::ApplicationShortcut);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find =
        edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QStringLiteral("&Find…"), this, [this] {
            if (m_pages->currentWidget() == m_users)
                m_users->focusSearch();
            else
                m_accounts->focusSearch();
        });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(QStringLiteral("&View"));
    QAction* accounts = view->addAction(QStringLiteral("&Accounts"), this, [this] { showPage(AccountsPageIndex); });
    accounts->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction* users = view->addAction(QStringLiteral("&Users"), this, [this] { showPage(UsersPageIndex); });
    users->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* roles = view->addAction(QStringLiteral("R&oles"), this, [this] { showPage(RolesPageIndex); });
    roles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction* history = view->addAction(QStringLiteral("&History"), this, [this] { showPage(HistoryPageIndex); });
    history->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    QAction* trash = view->addAction(QStringLiteral("&Trash"), this, [this] { showPage(TrashPageIndex); });
    trash->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    view->addSeparator();
    QAction* refreshAction = view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                             QStringLiteral("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu* envMenu = menuBar()->addMenu(QStringLiteral("E&nvironment"));
    int n = 1;
    for (Environment e : Environments::all()) {
        QAction* a = envMenu->addAction(Environments::displayName(e));
        a->setCheckable(true);
        a->setData(static_cast<int>(e));
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n++)));
        m_envActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, e] { switchEnvironment(e); });
    }
    envMenu->addSeparator();
    QAction* defaultPolicy = envMenu->addAction(QStringLiteral("Default &Security Policy…"), this, [this] {
        DefaultPolicyDialog dialog(m_workspace, this);
        dialog.exec();
    });
    defaultPolicy->setObjectName(QStringLiteral("defaultPolicyAction"));
    QAction* demo = envMenu->addAction(QStringLiteral("Load &Demo Data"), this, &MainWindow::loadDemoData);
    demo->setObjectName(QStringLiteral("loadDemoAction"));

    QMenu* help = menuBar()->addMenu(QStringLiteral("&Help"));
    help->addAction(QStringLiteral("&About Backoffice"), this, [this] {
        Dialogs::information(this, QStringLiteral("About Backoffice"),
                             QStringLiteral("Backoffice %1\nReview and manage the customer accounts of a SaaS "
                                            "product, offline.\n\nData: %2")
                                 .arg(QApplication::applicationVersion(), m_workspace->dataDir()));
    });

    QToolBar* toolbar = addToolBar(QStringLiteral("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* envLabel = new QLabel(QStringLiteral(" Environment: "), this);
    toolbar->addWidget(envLabel);
    toolbar->addWidget(m_envCombo);
    toolbar->addSeparator();
    toolbar->addAction(newAccountAction);
    toolbar->addAction(importFilesAction);
    toolbar->addAction(importFolderAction);
    toolbar->addAction(exportAction);
    toolbar->addAction(refreshAction);
    connect(m_envCombo, &QComboBox::activated, this, [this](int index) {
        const auto env = static_cast<Environment>(m_envCombo->itemData(index).toInt());
        if (env != m_workspace->environment())
            switchEnvironment(env);
    });
}

bool MainWindow::switchEnvironment(Environment env)
{
    if (!m_workspace->open(env)) {
        Dialogs::warning(this, QStringLiteral("Cannot open %1").arg(Environments::displayName(env)),
                         m_workspace->errorString());
        updateEnvironmentUi();
        return false;
    }
    QSettings().setValue(QStringLiteral("environment"), Environments::key(env));
    return true;
}

void MainWindow::updateEnvironmentUi()
{
    const Environment env = m_workspace->environment();
    const QString name = Environments::displayName(env);
    setWindowTitle(QStringLiteral("Backoffice — %1%2")
                       .arg(name, Clock::isFixed() ? QStringLiteral(" (as of %1)").arg(Instant::format(Clock::now()))
                                                   : QString()));
    m_strip->setEnvironment(env, m_workspace->database().path());
    m_envCombo->setCurrentIndex(m_envCombo->findData(static_cast<int>(env)));
    for (QAction* a : m_envActions->actions())
        a->setChecked(a->data().toInt() == static_cast<int>(env));
    QPalette p = m_envCombo->palette();
    p.setColor(QPalette::Button, Environments::color(env));
    p.setColor(QPalette::ButtonText, Qt::white);
    m_envCombo->setPalette(p);
    statusBar()->showMessage(QStringLiteral("%1 · %2").arg(name, m_workspace->database().path()));
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(page);
}

void MainWindow::importFiles()
{
    importPaths(Dialogs::openCsvFiles(this, QStringLiteral("Import CSV files")));
}

void MainWindow::importFolder()
{
    const QString dir = Dialogs::existingDirectory(this, QStringLiteral("Import a folder of CSV files"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    const Environment env = m_workspace->environment();
    if (env == Environment::Production &&
        Dialogs::question(this, QStringLiteral("Import into Production"),
                          QStringLiteral("Import %1 into Production, the real customer data?\n\nThe import is all or "
                                         "nothing: any error leaves Production unchanged.")
                              .arg(paths.size() == 1 ? paths.first() : QStringLiteral("%1 files").arg(paths.size())),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const ImportRunner::Outcome outcome = ImportRunner::run(
        this, m_workspace->dataDir(), env, QStringLiteral("Importing into %1…").arg(Environments::displayName(env)),
        [paths](Importer& importer) { return importer.importPaths(paths); });
    if (outcome.ok)
        m_workspace->notifyDataChanged();
    ImportRunner::showOutcome(this, QStringLiteral("Import into %1").arg(Environments::displayName(env)), outcome);
}

void MainWindow::loadDemoData()
{
    const Environment env = m_workspace->environment();
    if (Dialogs::question(this, QStringLiteral("Load demo data"),
                          QStringLiteral("Add %1 generated demo accounts, with their users and a year of logins, to "
                                         "%2?")
                              .arg(DemoGenerator::DefaultAccounts)
                              .arg(Environments::displayName(env)),
                          QMessageBox::Yes | QMessageBox::Cancel,
                          env == Environment::Production ? QMessageBox::Cancel : QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const qint64 now = Clock::now();
    const ImportRunner::Outcome outcome = ImportRunner::run(
        this, m_workspace->dataDir(), env, QStringLiteral("Generating demo data…"), [now](Importer& importer) {
            return importer.importData(
                DemoGenerator::generate(DemoGenerator::DefaultAccounts, DemoGenerator::DefaultSeed, now),
                QStringLiteral("demo"));
        });
    if (outcome.ok)
        m_workspace->notifyDataChanged();
    ImportRunner::showOutcome(this, QStringLiteral("Demo data"), outcome);
}

void MainWindow::exportCurrent()
{
    if (m_pages->currentWidget() == m_users)
        m_users->exportCsv();
    else if (m_pages->currentWidget() == m_history)
        m_history->exportCsv();
    else
        m_accounts->exportCsv();
}

void MainWindow::newAccount()
{
    AddAccountDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdId().isEmpty())
        openAccount(dialog.createdId());
}

AccountDialog* MainWindow::openAccount(const QString& accountId)
{
    if (accountId.isEmpty())
        return nullptr;
    for (AccountDialog* open : findChildren<AccountDialog*>()) {
        if (open->accountId() == accountId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* dialog = new AccountDialog(m_workspace, m_actions, accountId, this);
    dialog->show();
    return dialog;
}

void MainWindow::deleteAccount(const QString& accountId)
{
    if (m_actions->confirmAndDelete(this, accountId))
        statusBar()->showMessage(QStringLiteral("“%1” moved to the trash (Ctrl+Z to undo)").arg(accountId), 5000);
}

void MainWindow::refresh()
{
    m_workspace->notifyDataChanged();
    statusBar()->showMessage(QStringLiteral("Refreshed"), 2000);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 880);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_accounts->splitter()->restoreState(settings.value(QStringLiteral("accounts/splitter")).toByteArray());
    m_accounts->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("accounts/header")).toByteArray());
    m_users->splitter()->restoreState(settings.value(QStringLiteral("users/splitter")).toByteArray());
    m_users->table()->horizontalHeader()->restoreState(settings.value(QStringLiteral("users/header")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), 0).toInt();
    showPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : AccountsPageIndex);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("accounts/splitter"), m_accounts->splitter()->saveState());
    settings.setValue(QStringLiteral("accounts/header"), m_accounts->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("users/splitter"), m_users->splitter()->saveState());
    settings.setValue(QStringLiteral("users/header"), m_users->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("page"), m_sidebar->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}
