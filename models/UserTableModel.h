#pragma once

#include "LazyTableModel.h"
#include "UserQuery.h"

// The Users page list: every user of the environment with their accounts, roles and status
// (Invited until the first login); users of excluded domains hidden, or shown greyed on request.
class UserTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Email,
        Name,
        Accounts,
        Roles,
        Created,
        LastLogin,
        Status,
        ColumnCount
    };
    enum Role
    {
        EmailRole = Qt::UserRole + 1,
        ExcludedRole
    };

    explicit UserTableModel(Workspace* workspace, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString& text);
    void setShowExcluded(bool show);
    bool showExcluded() const { return m_query.includeExcluded; }
    const UserQuery& query() const { return m_query; }

protected:
    QString pageSql() const override { return m_query.pageSql(); }
    QString countSql() const override { return m_query.countSql(); }
    QString totalSql() const override;
    void bind(QSqlQuery& query) const override { m_query.bind(query); }

private:
    static UserColumn queryColumn(Column column);
    UserQuery m_query;
};
