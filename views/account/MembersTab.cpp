#include "MembersTab.h"

#include "AccountActions.h"
#include "AccountService.h"
#include "Dialogs.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MembersTab::MembersTab(Workspace* workspace, AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_model(new MemberTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(QStringLiteral("Add user…"), this))
    , m_roles(new QPushButton(QStringLiteral("Change roles…"), this))
    , m_remove(new QPushButton(QStringLiteral("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_roles->setObjectName(QStringLiteral("changeRolesButton"));
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(MemberTableModel::Email, 230);
    m_table->setColumnWidth(MemberTableModel::Roles, 150);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_roles);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_add, &QPushButton::clicked, this, &MembersTab::addMember);
    connect(m_roles, &QPushButton::clicked, this, &MembersTab::changeRoles);
    connect(m_remove, &QPushButton::clicked, this, &MembersTab::removeMember);
    connect(m_table, &QTableView::doubleClicked, this, &MembersTab::changeRoles);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersTab::updateButtons);
}

void MembersTab::setAccount(const QString& id, bool inTrash)
{
    m_id = id;
    m_model->setMembers(AccountService(m_workspace->database()).members(id));
    m_add->setEnabled(!inTrash);
    setProperty("inTrash", inTrash);
    updateButtons();
}

int MembersTab::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MembersTab::updateButtons()
{
    const Member* m = m_model->memberAt(currentRow());
    const bool editable = m && !property("inTrash").toBool();
    m_roles->setEnabled(editable);
    m_remove->setEnabled(editable && !m->primary);
    m_remove->setToolTip(m && m->primary ? QStringLiteral("The primary user cannot be removed") : QString());
}

void MembersTab::addMember()
{
    MemberDialog dialog(m_workspace->database(), QString(),
                        {AccountService(m_workspace->database()).members(m_id).isEmpty() ? QStringLiteral("admin")
                                                                                         : QStringLiteral("read-only")},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AccountService service(m_workspace->database());
    if (!service.addMember(m_id, dialog.email(), dialog.roles())) {
        Dialogs::warning(this, QStringLiteral("Add user"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
}

void MembersTab::changeRoles()
{
    const Member* m = m_model->memberAt(currentRow());
    if (!m || property("inTrash").toBool())
        return;
    MemberDialog dialog(m_workspace->database(), m->email, m->roles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_actions->setMemberRoles(m_id, dialog.email(), dialog.roles()))
        Dialogs::warning(this, QStringLiteral("Change roles"), m_actions->errorString());
}

void MembersTab::removeMember()
{
    const Member* m = m_model->memberAt(currentRow());
    if (!m || m->primary)
        return;
    const QString email = m->email;
    if (Dialogs::question(this, QStringLiteral("Remove user"),
                          QStringLiteral("Remove %1 from this account?").arg(email),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    AccountService service(m_workspace->database());
    if (!service.removeMember(m_id, email)) {
        Dialogs::warning(this, QStringLiteral("Remove user"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
}
