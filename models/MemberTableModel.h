#pragma once

#include "AccountService.h"

#include <QAbstractTableModel>

// The members of one account (a few to a few thousand rows): email, name, roles, status, last
// login into the account; the primary user first.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        Roles,
        Status,
        LastLogin,
        ColumnCount
    };
    enum Role
    {
        EmailRole = Qt::UserRole + 1,
        PrimaryRole,
        RolesRole
    };

    explicit MemberTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(const QList<Member>& members);
    const Member* memberAt(int row) const;

private:
    QList<Member> m_members;
};
