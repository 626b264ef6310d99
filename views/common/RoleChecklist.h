#pragma once

#include <QListWidget>

class Database;

// The environment's roles as a checkable list: several roles are chosen at once.
class RoleChecklist final : public QListWidget
{
    Q_OBJECT

public:
    explicit RoleChecklist(QWidget* parent = nullptr);

    void load(const Database& db, const QStringList& checked);
    QStringList checkedKeys() const;
    void setChecked(const QStringList& keys);

signals:
    void checkedChanged();
};
