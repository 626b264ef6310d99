#include "AccountsPage.h"

#include "AccountTableModel.h"
#include "ChartPanel.h"
#include "CsvExport.h"
#include "CsvExportRunner.h"
#include "DashboardModel.h"
#include "EmptyState.h"
#include "KpiCard.h"
#include "ListSetup.h"
#include "Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

AccountsPage::AccountsPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AccountTableModel(workspace, this))
    , m_dashboard(new DashboardModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_range(new QComboBox(this))
{
    setObjectName(QStringLiteral("accountsPage"));

    auto* cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (int c = 0; c < DashboardModel::CardCount; ++c)
        cards->addWidget(new KpiCard(m_dashboard, static_cast<DashboardModel::Card>(c), this));

    m_range->setObjectName(QStringLiteral("activeRangeCombo"));
    m_range->addItem(QStringLiteral("Last 30 days"), 30);
    m_range->addItem(QStringLiteral("Last 90 days"), 90);
    m_range->addItem(QStringLiteral("Last 365 days"), 365);
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { m_dashboard->setActiveRangeDays(m_range->currentData().toInt()); });

    auto* active = new ChartPanel(QStringLiteral("Active accounts per day"), ChartPanel::DateLine,
                                  m_dashboard->activePerDay(), this);
    active->setObjectName(QStringLiteral("activePerDayChart"));
    active->headerLayout()->insertWidget(2, m_range);
    auto* perWeek =
        new ChartPanel(QStringLiteral("New accounts per week"), ChartPanel::DateLine, m_dashboard->newPerWeek(), this);
    perWeek->setObjectName(QStringLiteral("newPerWeekChart"));
    auto* distribution = new ChartPanel(QStringLiteral("Accounts by daily visits"), ChartPanel::Bars,
                                        m_dashboard->visitDistribution(), this);
    distribution->setObjectName(QStringLiteral("visitDistributionChart"));
    auto* charts = new QWidget(this);
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(10);
    chartsLayout->addWidget(active, 3);
    chartsLayout->addWidget(perWeek, 2);
    chartsLayout->addWidget(distribution, 2);

    m_search->setObjectName(QStringLiteral("accountSearch"));
    ListSetup::search(m_search, QStringLiteral("Search accounts by name or ID (Ctrl+F)"), this,
                      [this](const QString& text) { m_model->setSearch(text); });
    m_count->setObjectName(QStringLiteral("accountCount"));
    auto* exportButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), QStringLiteral("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAccountsButton"));
    exportButton->setToolTip(QStringLiteral("Export the accounts shown, with the current search and sort"));
    connect(exportButton, &QPushButton::clicked, this, &AccountsPage::exportCsv);

    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(m_search, 1);
    tableBar->addWidget(m_count);
    tableBar->addStretch();
    tableBar->addWidget(exportButton);

    m_table->setObjectName(QStringLiteral("accountsTable"));
    // Never ResizeToContents: it would read every row of a lazy model.
    ListSetup::table(m_table, m_model, AccountTableModel::Name, {260, 200, 130, 130, 100, 80},
                     [](int column) { return column != AccountTableModel::PrimaryEmail; });
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    // Open with a double-click or Enter; a context menu and the Delete key act on the current row.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->accountIdAt(index.row())); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* open = new QAction(QStringLiteral("Open"), m_table);
    connect(open, &QAction::triggered, this, [this] {
        if (!currentAccountId().isEmpty())
            emit openRequested(currentAccountId());
    });
    auto* copyId = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QStringLiteral("Copy ID"), m_table);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyId, &QAction::triggered, this, [this] {
        if (!currentAccountId().isEmpty())
            QGuiApplication::clipboard()->setText(currentAccountId());
    });
    auto* remove = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QStringLiteral("Delete…"), m_table);
    remove->setObjectName(QStringLiteral("deleteAccountAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (!currentAccountId().isEmpty())
            emit deleteRequested(currentAccountId());
    });
    m_table->addActions({open, copyId, remove});

    m_empty->primaryButton()->setText(QStringLiteral("Import CSV files…"));
    m_empty->secondaryButton()->setText(QStringLiteral("Load demo data"));
    connect(m_empty->primaryButton(), &QPushButton::clicked, this, &AccountsPage::importRequested);
    connect(m_empty->secondaryButton(), &QPushButton::clicked, this, &AccountsPage::demoRequested);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* tableArea = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_stack, 1);

    m_splitter->setObjectName(QStringLiteral("accountsSplitter"));
    m_splitter->addWidget(charts);
    m_splitter->addWidget(tableArea);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(cards);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &AccountTableModel::countsChanged, this, &AccountsPage::updateCount);
    connect(workspace, &Workspace::environmentChanged, this, &AccountsPage::reload);
    connect(workspace, &Workspace::dataChanged, this, &AccountsPage::reload);
}

void AccountsPage::reload()
{
    m_model->reload();
    m_dashboard->reload();
}

void AccountsPage::updateCount()
{
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    m_count->setText(
        m_model->search().isEmpty()
            ? (total == 1 ? QStringLiteral("1 account") : QStringLiteral("%1 accounts").arg(QLocale().toString(total)))
            : QStringLiteral("%1 of %2 accounts").arg(QLocale().toString(shown), QLocale().toString(total)));
    if (total == 0) {
        const QString env = Environments::displayName(m_workspace->environment());
        m_empty->setContent(QStringLiteral("No accounts in %1 yet").arg(env),
                            QStringLiteral("Import your accounts, users, memberships and logins from CSV files "
                                           "(File ▸ Import, Ctrl+I), or load generated demo data to look around."));
        m_empty->primaryButton()->show();
        m_empty->secondaryButton()->setVisible(m_workspace->environment() != Environment::Production);
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setContent(QStringLiteral("No account matches “%1”").arg(m_model->search()),
                            QStringLiteral("The search looks in account names and IDs, ignoring case."));
        m_empty->primaryButton()->hide();
        m_empty->secondaryButton()->hide();
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

QString AccountsPage::currentAccountId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->accountIdAt(index.row()) : QString();
}

QString AccountsPage::countText() const
{
    return m_count->text();
}

void AccountsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AccountsPage::exportCsv()
{
    const AccountQuery query = m_model->query();
    Workspace* workspace = m_workspace;
    CsvExportRunner::run(
        this, QStringLiteral("accounts"),
        QStringLiteral("accounts-%1.csv").arg(Environments::key(workspace->environment())), m_model->rowCount(),
        [workspace, query](const QString& path, const CsvExport::Options& options, QString* error, qint64* rows) {
            return CsvExport::saveAccounts(workspace->database(), query, path, options, error, rows);
        });
}
