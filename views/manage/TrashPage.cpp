#include "TrashPage.h"

#include "AccountActions.h"
#include "AccountService.h"
#include "Dialogs.h"
#include "Instant.h"
#include "ReloadWhenShown.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TrashPage::TrashPage(Workspace* workspace, AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_table(new QTableWidget(0, 4, this))
    , m_restore(new QPushButton(QStringLiteral("Restore"), this))
    , m_purge(new QPushButton(QStringLiteral("Purge for good…"), this))
    , m_empty(
          new QLabel(QStringLiteral("The trash is empty. Deleted accounts wait here until restored or purged."), this))
{
    setObjectName(QStringLiteral("trashPage"));
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_table->setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("ID"), QStringLiteral("Deleted"), QStringLiteral("Users")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 260);
    m_table->setColumnWidth(1, 220);
    m_table->setColumnWidth(2, 180);
    auto* hint =
        new QLabel(QStringLiteral("Deleted accounts count nowhere. Restore brings an account back with its "
                                  "members, policy, SSO and metadata; purge deletes it and its logins for good."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(QStringLiteral("trashEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);
    connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashPage::purgeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_restore->setEnabled(!selectedId().isEmpty());
        m_purge->setEnabled(!selectedId().isEmpty());
    });
    new ReloadWhenShown(this, workspace, [this] { reload(); });
}

void TrashPage::reload()
{
    m_table->setRowCount(0);
    if (m_workspace->isOpen()) {
        for (const AccountDetails& a : AccountService(m_workspace->database()).trash()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(a.name));
            m_table->setItem(row, 1, new QTableWidgetItem(a.id));
            m_table->setItem(row, 2, new QTableWidgetItem(Instant::localDisplay(*a.deletedAt)));
            m_table->setItem(row, 3, new QTableWidgetItem(QString::number(a.users)));
        }
    }
    m_restore->setEnabled(false);
    m_purge->setEnabled(false);
    const bool empty = m_table->rowCount() == 0;
    m_empty->setVisible(empty);
    for (QWidget* w : std::initializer_list<QWidget*>{m_table, m_restore, m_purge})
        w->setVisible(!empty); // nothing to restore or purge
}

QString TrashPage::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 1)->text();
}

void TrashPage::restoreSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty() && !m_actions->restore(id))
        Dialogs::warning(this, QStringLiteral("Restore"), m_actions->errorString());
}

void TrashPage::purgeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = m_table->item(m_table->selectedItems().first()->row(), 0)->text();
    if (Dialogs::question(
            this, QStringLiteral("Purge account"),
            QStringLiteral("Purge “%1” (%2) for good?\n\nIts memberships, logins, policy, SSO and metadata "
                           "are deleted. This cannot be undone.")
                .arg(name, id),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Dialogs::question(this, QStringLiteral("Purge account"),
                          QStringLiteral("Really purge “%1”? This is the last confirmation.").arg(name),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    AccountService service(m_workspace->database());
    if (!service.purge(id)) {
        Dialogs::warning(this, QStringLiteral("Purge"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
}
