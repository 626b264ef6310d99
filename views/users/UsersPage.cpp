#include "UsersPage.h"

#include "CsvExport.h"
#include "CsvExportRunner.h"
#include "ExcludedDomainsPanel.h"
#include "UserTableModel.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

UsersPage::UsersPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new UserTableModel(workspace, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_showExcluded(new QCheckBox(QStringLiteral("Show excluded users"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_excluded(new ExcludedDomainsPanel(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(QStringLiteral("Search users by email or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text().trimmed()); });
    m_showExcluded->setObjectName(QStringLiteral("showExcludedCheck"));
    m_showExcluded->setToolTip(QStringLiteral("Show users of excluded domains, greyed; they still count nowhere"));
    connect(m_showExcluded, &QCheckBox::toggled, m_model, &UserTableModel::setShowExcluded);
    m_count->setObjectName(QStringLiteral("userCount"));
    auto* exportButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), QStringLiteral("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportUsersButton"));
    connect(exportButton, &QPushButton::clicked, this, &UsersPage::exportCsv);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_showExcluded);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(exportButton);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::Email, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {250, 140, 170, 110, 150, 150};
    for (int c = 0; c < 6; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_excluded);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_splitter);

    connect(m_model, &UserTableModel::countsChanged, this, &UsersPage::updateCount);
    connect(workspace, &Workspace::environmentChanged, this, &UsersPage::reload);
    connect(workspace, &Workspace::dataChanged, this, &UsersPage::reload);
}

void UsersPage::reload()
{
    m_model->reload();
}

void UsersPage::updateCount()
{
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    m_count->setText(m_model->query().search.isEmpty()
                         ? QStringLiteral("%1 users").arg(QLocale().toString(total))
                         : QStringLiteral("%1 of %2 users").arg(QLocale().toString(shown), QLocale().toString(total)));
}

QString UsersPage::countText() const
{
    return m_count->text();
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::exportCsv()
{
    const UserQuery query = m_model->query();
    Workspace* workspace = m_workspace;
    CsvExportRunner::run(
        this, QStringLiteral("users"), QStringLiteral("users-%1.csv").arg(Environments::key(workspace->environment())),
        m_model->rowCount(),
        [workspace, query](const QString& path, const CsvExport::Options& options, QString* error, qint64* rows) {
            return CsvExport::saveUsers(workspace->database(), query, path, options, error, rows);
        });
}
