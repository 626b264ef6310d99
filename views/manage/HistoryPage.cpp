#include "HistoryPage.h"

#include "CsvExportRunner.h"
#include "HistoryTableModel.h"
#include "ReloadWhenShown.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HistoryPage::HistoryPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new HistoryTableModel(workspace, this))
    , m_account(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_useFrom(new QCheckBox(QStringLiteral("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(QStringLiteral("to"), this))
    , m_to(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_account->setObjectName(QStringLiteral("historyAccount"));
    m_action->setObjectName(QStringLiteral("historyAction"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_useFrom->setObjectName(QStringLiteral("historyUseFrom"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_account->setPlaceholderText(QStringLiteral("Account ID"));
    m_account->setClearButtonEnabled(true);
    const QList<QPair<QString, QString>> actions = {
        {QStringLiteral("All changes"), QString()},
        {QStringLiteral("Accounts"), QStringLiteral("account.")},
        {QStringLiteral("Members"), QStringLiteral("member.")},
        {QStringLiteral("Roles"), QStringLiteral("role.")},
        {QStringLiteral("Policies"), QStringLiteral("policy.")},
        {QStringLiteral("SSO"), QStringLiteral("sso.")},
        {QStringLiteral("Imports"), QStringLiteral("import")},
        {QStringLiteral("Excluded domains"), QStringLiteral("excluded-domains.")}};
    for (const auto& [label, prefix] : actions)
        m_action->addItem(label, prefix);
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDate(QDate::currentDate());
        date->setEnabled(false);
    }
    auto* exportButton = new QPushButton(QStringLiteral("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportHistoryButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_account);
    bar->addWidget(m_action);
    bar->addWidget(m_useFrom);
    bar->addWidget(m_from);
    bar->addWidget(m_useTo);
    bar->addWidget(m_to);
    bar->addWidget(m_count);
    bar->addStretch();
    bar->addWidget(exportButton);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    const int widths[] = {160, 100, 150, 200, 260};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, widths[c]);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_account, &QLineEdit::textChanged, this, &HistoryPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QDateEdit::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    for (QCheckBox* box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_model, &HistoryTableModel::countsChanged, this, [this] {
        m_count->setText(QStringLiteral("%1 of %2 changes")
                             .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->totalCount())));
    });
    new ReloadWhenShown(this, workspace, [this] { m_model->reload(); });
}

void HistoryPage::applyFilter()
{
    AuditLog::Filter filter;
    filter.accountId = m_account->text().trimmed();
    filter.action = m_action->currentData().toString();
    // Dates are the user's local days.
    if (m_useFrom->isChecked())
        filter.from = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_useTo->isChecked())
        filter.to = m_to->date().endOfDay().toMSecsSinceEpoch();
    m_model->setFilter(filter);
}

void HistoryPage::exportCsv()
{
    const AuditLog::Filter filter = m_model->filter();
    Workspace* workspace = m_workspace;
    CsvExportRunner::run(
        this, QStringLiteral("changes"),
        QStringLiteral("history-%1.csv").arg(Environments::key(workspace->environment())), m_model->rowCount(),
        [workspace, filter](const QString& path, const CsvExport::Options& options, QString* error, qint64* rows) {
            return CsvExport::saveHistory(workspace->database(), filter, path, options, error, rows);
        });
}
