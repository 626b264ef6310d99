#include "AccountDialog.h"

#include "AccountActions.h"
#include "AccountService.h"
#include "DetailsTab.h"
#include "HistoryTableModel.h"
#include "Instant.h"
#include "MembersTab.h"
#include "MetadataTab.h"
#include "PolicyTab.h"
#include "SsoTab.h"
#include "Workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

AccountDialog::AccountDialog(Workspace* workspace, AccountActions* actions, const QString& accountId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_id(accountId)
    , m_name(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_copied(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_trashBanner(new QLabel(this))
    , m_delete(new QPushButton(QStringLiteral("Delete…"), this))
    , m_tabs(new QTabWidget(this))
    , m_details(new DetailsTab(actions, this))
    , m_members(new MembersTab(workspace, actions, this))
    , m_policy(new PolicyTab(workspace, actions, this))
    , m_sso(new SsoTab(workspace, this))
    , m_metadata(new MetadataTab(actions, this))
    , m_history(new HistoryTableModel(workspace, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 620);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_idLabel->setObjectName(QStringLiteral("accountIdLabel"));
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_delete->setObjectName(QStringLiteral("deleteAccountButton"));
    m_trashBanner->setObjectName(QStringLiteral("trashBanner"));
    m_trashBanner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px; border-radius: 4px;"));
    auto* copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyIdButton"));
    copy->setText(QStringLiteral("Copy ID"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setToolTip(QStringLiteral("Copy the account ID to the clipboard"));
    connect(copy, &QToolButton::clicked, this, &AccountDialog::copyId);
    connect(m_delete, &QPushButton::clicked, this, [this] { m_actions->confirmAndDelete(this, m_id); });

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel);
    idRow->addWidget(copy);
    idRow->addWidget(m_copied);
    idRow->addStretch();
    idRow->addWidget(m_delete);

    auto* historyView = new QTableView(this);
    historyView->setObjectName(QStringLiteral("accountHistory"));
    historyView->setModel(m_history);
    historyView->verticalHeader()->hide();
    historyView->horizontalHeader()->setStretchLastSection(true);
    historyView->setColumnWidth(0, 150);
    historyView->setColumnWidth(2, 130);
    historyView->setColumnWidth(3, 160);
    historyView->setColumnWidth(4, 160);

    m_tabs->addTab(m_details, QStringLiteral("Details"));
    m_tabs->addTab(m_members, QStringLiteral("Users"));
    m_tabs->addTab(m_policy, QStringLiteral("Security policy"));
    m_tabs->addTab(m_sso, QStringLiteral("SSO"));
    m_tabs->addTab(m_metadata, QStringLiteral("Metadata"));
    m_tabs->addTab(historyView, QStringLiteral("History"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(idRow);
    layout->addWidget(m_facts);
    layout->addWidget(m_trashBanner);
    layout->addWidget(m_tabs, 1);

    connect(workspace, &Workspace::dataChanged, this, &AccountDialog::reload);
    connect(workspace, &Workspace::environmentChanged, this, &QDialog::close);
    // Enter belongs to the field that has focus (it saves details); no button is a default one,
    // or Enter would also press "Delete…".
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    AuditLog::Filter filter;
    filter.accountId = m_id;
    m_history->setFilter(filter);
    reload();
}

void AccountDialog::reload()
{
    const std::optional<AccountDetails> a = AccountService(m_workspace->database()).find(m_id);
    if (!a) { // purged
        close();
        return;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(a->name, Environments::displayName(m_workspace->environment())));
    m_name->setText(a->name);
    m_idLabel->setText(QStringLiteral("ID: <b>%1</b>").arg(a->id.toHtmlEscaped()));
    m_facts->setText(QStringLiteral("Created %1 · Last visit %2 · %3 daily visits · %4 users · Primary user %5")
                         .arg(Instant::localDisplay(a->createdAt),
                              a->lastVisit ? Instant::localDisplay(*a->lastVisit) : QStringLiteral("never"),
                              QLocale().toString(a->dailyVisits), QLocale().toString(a->users),
                              a->primaryEmail.isEmpty() ? QStringLiteral("—") : a->primaryEmail));
    m_trashBanner->setText(
        QStringLiteral("This account is in the trash: restore it from the Trash page to change it."));
    m_trashBanner->setVisible(a->inTrash());
    m_delete->setEnabled(!a->inTrash());
    m_details->setAccount(*a);
    m_members->setAccount(a->id, a->inTrash());
    m_policy->setAccount(a->id, a->inTrash());
    m_sso->setAccount(a->id, a->inTrash());
    m_metadata->setAccount(a->id, a->metadata, a->inTrash());
    m_history->reload();
}

void AccountDialog::copyId()
{
    QGuiApplication::clipboard()->setText(m_id);
    m_copied->setText(QStringLiteral("✓ Copied"));
    QTimer::singleShot(2000, m_copied, [label = m_copied] { label->clear(); });
}

QString AccountDialog::copiedText() const
{
    return m_copied->text();
}
