#include "RolesPage.h"

#include "Dialogs.h"
#include "ReloadWhenShown.h"
#include "RoleService.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

RolesPage::RolesPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 5, this))
    , m_default(new QComboBox(this))
    , m_edit(new QPushButton(QStringLiteral("Edit…"), this))
    , m_delete(new QPushButton(QStringLiteral("Delete"), this))
    , m_move(new QPushButton(QStringLiteral("Move members…"), this))
{
    setObjectName(QStringLiteral("rolesPage"));
    m_table->setObjectName(QStringLiteral("rolesTable"));
    m_default->setObjectName(QStringLiteral("defaultRoleCombo"));
    m_edit->setObjectName(QStringLiteral("editRoleButton"));
    m_delete->setObjectName(QStringLiteral("deleteRoleButton"));
    m_move->setObjectName(QStringLiteral("moveMembersButton"));
    m_move->setToolTip(QStringLiteral("Give the members of this role another role instead, e.g. to delete it"));
    m_table->setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Name"), QStringLiteral("Level"),
                                        QStringLiteral("Members"), QStringLiteral("Permissions")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(0, 140);
    m_table->setColumnWidth(1, 180);
    auto* add = new QPushButton(QStringLiteral("Add role…"), this);
    add->setObjectName(QStringLiteral("addRoleButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_move);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(new QLabel(QStringLiteral("Default role for new members:"), this));
    buttons->addWidget(m_default);
    auto* hint = new QLabel(QStringLiteral("Level 0 is the highest: users may only grant roles at or below their own "
                                           "level. A role held by members cannot be deleted until they are moved."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &RolesPage::addRole);
    connect(m_edit, &QPushButton::clicked, this, &RolesPage::editRole);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RolesPage::editRole);
    connect(m_delete, &QPushButton::clicked, this, &RolesPage::deleteRole);
    connect(m_move, &QPushButton::clicked, this, &RolesPage::moveMembers);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!selectedKey().isEmpty());
        m_delete->setEnabled(!selectedKey().isEmpty());
        m_move->setEnabled(!selectedKey().isEmpty());
    });
    connect(m_default, &QComboBox::activated, this, [this] {
        RoleService service(m_workspace->database());
        if (!service.setDefaultRole(m_default->currentData().toString()))
            Dialogs::warning(this, QStringLiteral("Default role"), service.errorString());
        m_workspace->notifyDataChanged();
    });
    new ReloadWhenShown(this, workspace, [this] { reload(); });
}

void RolesPage::reload()
{
    m_table->setRowCount(0);
    m_default->clear();
    if (!m_workspace->isOpen())
        return;
    RoleService service(m_workspace->database());
    const QString defaultRole = service.defaultRole();
    for (const Role& r : service.roles()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.key));
        m_table->setItem(
            row, 1, new QTableWidgetItem(r.name + (r.key == defaultRole ? QStringLiteral("  (default)") : QString())));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(r.level)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(r.members)));
        m_table->setItem(row, 4, new QTableWidgetItem(r.permissions.join(QStringLiteral(", "))));
        m_table->item(row, 1)->setToolTip(r.description);
        m_default->addItem(r.name, r.key);
    }
    m_default->setCurrentIndex(m_default->findData(defaultRole));
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    m_move->setEnabled(false);
}

QString RolesPage::selectedKey() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

bool RolesPage::editInDialog(Role& role, bool isNew)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("roleDialog"));
    dialog.setWindowTitle(isNew ? QStringLiteral("New role") : QStringLiteral("Edit role %1").arg(role.key));
    auto* key = new QLineEdit(role.key, &dialog);
    key->setObjectName(QStringLiteral("roleKey"));
    key->setReadOnly(!isNew);
    key->setPlaceholderText(QStringLiteral("e.g. billing-admin"));
    auto* name = new QLineEdit(role.name, &dialog);
    name->setObjectName(QStringLiteral("roleName"));
    auto* description = new QLineEdit(role.description, &dialog);
    description->setObjectName(QStringLiteral("roleDescription"));
    auto* level = new QSpinBox(&dialog);
    level->setObjectName(QStringLiteral("roleLevel"));
    level->setRange(0, 100);
    level->setValue(role.level);
    auto* permissions = new QLineEdit(role.permissions.join(QStringLiteral(", ")), &dialog);
    permissions->setObjectName(QStringLiteral("rolePermissions"));
    permissions->setPlaceholderText(QStringLiteral("permission keys, comma-separated"));
    auto* error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("roleError"));
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    error->setPalette(p);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QStringLiteral("Key:"), key);
    form->addRow(QStringLiteral("Name:"), name);
    form->addRow(QStringLiteral("Description:"), description);
    form->addRow(QStringLiteral("Level:"), level);
    form->addRow(QStringLiteral("Permissions:"), permissions);
    form->addRow(error);
    form->addRow(buttons);
    const auto read = [&] {
        Role r = role;
        r.key = key->text().trimmed();
        r.name = name->text().trimmed();
        r.description = description->text().trimmed();
        r.level = level->value();
        r.permissions.clear();
        for (const QString& p : permissions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.permissions << p.trimmed();
        return r;
    };
    const auto validate = [&] {
        const QString reason = RoleService::validate(read());
        error->setText(reason);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
    };
    for (QLineEdit* edit : {key, name, description, permissions})
        connect(edit, &QLineEdit::textChanged, &dialog, validate);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    role = read();
    return true;
}

void RolesPage::addRole()
{
    Role role;
    if (!editInDialog(role, true))
        return;
    RoleService service(m_workspace->database());
    if (!service.add(role))
        Dialogs::warning(this, QStringLiteral("Add role"), service.errorString());
    m_workspace->notifyDataChanged();
}

void RolesPage::editRole()
{
    RoleService service(m_workspace->database());
    std::optional<Role> role = service.find(selectedKey());
    if (!role || !editInDialog(*role, false))
        return;
    if (!service.update(*role))
        Dialogs::warning(this, QStringLiteral("Edit role"), service.errorString());
    m_workspace->notifyDataChanged();
}

void RolesPage::deleteRole()
{
    const QString key = selectedKey();
    if (key.isEmpty() ||
        Dialogs::question(this, QStringLiteral("Delete role"), QStringLiteral("Delete the role “%1”?").arg(key),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    RoleService service(m_workspace->database());
    if (!service.remove(key)) {
        Dialogs::warning(this, QStringLiteral("Delete role"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
}

void RolesPage::moveMembers()
{
    const QString from = selectedKey();
    if (from.isEmpty())
        return;
    RoleService service(m_workspace->database());
    QStringList others;
    for (const Role& r : service.roles()) {
        if (r.key != from)
            others << r.key;
    }
    const QString to = Dialogs::choice(this, QStringLiteral("Move members"),
                                       QStringLiteral("Give the members of “%1” this role instead:").arg(from), others);
    if (to.isEmpty())
        return;
    const qint64 moved = service.moveMembers(from, to);
    if (moved < 0) {
        Dialogs::warning(this, QStringLiteral("Move members"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
    Dialogs::information(this, QStringLiteral("Move members"),
                         QStringLiteral("%1 %2 moved from “%3” to “%4”.")
                             .arg(moved)
                             .arg(moved == 1 ? QStringLiteral("membership") : QStringLiteral("memberships"), from, to));
}
