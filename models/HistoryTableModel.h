#pragma once

#include "AuditLog.h"
#include "LazyTableModel.h"

// The audit log, newest first, filtered by account, action and dates; lazy like every long list.
class HistoryTableModel final : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Action,
        Target,
        Before,
        After,
        ColumnCount
    };

    explicit HistoryTableModel(Workspace* workspace, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const AuditLog::Filter& filter);
    const AuditLog::Filter& filter() const { return m_filter; }

protected:
    QString pageSql() const override;
    QString countSql() const override;
    QString totalSql() const override;
    void bind(QSqlQuery& query) const override;

private:
    QString whereSql() const;
    AuditLog::Filter m_filter;
};
