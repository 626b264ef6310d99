#include "RoleChecklist.h"

#include "Database.h"
#include "RoleService.h"

RoleChecklist::RoleChecklist(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("roleChecklist"));
    setMaximumHeight(130);
    connect(this, &QListWidget::itemChanged, this, &RoleChecklist::checkedChanged);
}

void RoleChecklist::load(const Database& db, const QStringList& checked)
{
    QSignalBlocker block(this);
    clear();
    for (const Role& role : RoleService(const_cast<Database&>(db)).roles()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  (%2, level %3)").arg(role.name, role.key).arg(role.level), this);
        item->setData(Qt::UserRole, role.key);
        item->setToolTip(role.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(role.key) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RoleChecklist::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            keys << item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

void RoleChecklist::setChecked(const QStringList& keys)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(keys.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}
