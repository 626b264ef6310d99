#pragma once

#include "AccountQuery.h"
#include "LazyTableModel.h"

// The accounts list of the Accounts page: lazy, sorted and searched in SQL with the order rules
// of the CLI export, so that the GUI shows, and exports, exactly what the CLI would.
class AccountTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Id,
        Created,
        LastVisit,
        DailyVisits,
        Users,
        PrimaryEmail,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        SortValueRole
    };

    explicit AccountTableModel(Workspace* workspace, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    const AccountQuery& query() const { return m_query; }
    QString accountIdAt(int row) const;

    static AccountColumn queryColumn(Column column);

protected:
    QString pageSql() const override { return m_query.pageSql(); }
    QString countSql() const override { return m_query.countSql(); }
    QString totalSql() const override;
    void bind(QSqlQuery& query) const override { m_query.bind(query); }

private:
    AccountQuery m_query;
};
