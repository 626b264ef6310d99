#include "UsersPage.h"

#include "CsvExport.h"
#include "CsvExportRunner.h"
#include "ExcludedDomainsPanel.h"
#include "ListSetup.h"
#include "ReloadWhenShown.h"
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
    , m_showExcluded(new QCheckBox(QStringLiteral("Show excluded users"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_excluded(new ExcludedDomainsPanel(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_search->setObjectName(QStringLiteral("userSearch"));
    ListSetup::search(m_search, QStringLiteral("Search users by email or name (Ctrl+F)"), this,
                      [this](const QString& text) { m_model->setSearch(text); });
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
    ListSetup::table(m_table, m_model, UserTableModel::Email, {220, 110, 140, 90, 125, 125},
                     [](int column) { return column != UserTableModel::Accounts && column != UserTableModel::Roles; });

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
    new ReloadWhenShown(this, workspace, [this] { reload(); });
}

void UsersPage::reload()
{
    m_model->reload();
}

void UsersPage::updateCount()
{
    const qint64 shown = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    m_count->setText(
        m_model->query().search.isEmpty()
            ? (total == 1 ? QStringLiteral("1 user") : QStringLiteral("%1 users").arg(QLocale().toString(total)))
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
