#include "HistoryTableModel.h"

#include "Clock.h"
#include "Instant.h"

#include <QSqlQuery>

HistoryTableModel::HistoryTableModel(Workspace* workspace, QObject* parent)
    : LazyTableModel(workspace, parent)
{}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::whereSql() const
{
    QStringList where{QStringLiteral("1")};
    if (!m_filter.accountId.isEmpty())
        where << QStringLiteral("account_id = :account");
    if (!m_filter.action.isEmpty())
        where << QStringLiteral("substr(action, 1, length(:action)) = :action2");
    if (m_filter.from)
        where << QStringLiteral("at >= :from");
    if (m_filter.to)
        where << QStringLiteral("at <= :to");
    return where.join(QStringLiteral(" AND "));
}

QString HistoryTableModel::pageSql() const
{
    return QStringLiteral("SELECT at, actor, action, target_kind, target, account_id, before, after FROM audit_log "
                          "WHERE %1 ORDER BY seq DESC LIMIT :limit OFFSET :offset")
        .arg(whereSql());
}

QString HistoryTableModel::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE %1").arg(whereSql());
}

QString HistoryTableModel::totalSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM audit_log");
}

void HistoryTableModel::bind(QSqlQuery& q) const
{
    if (!m_filter.accountId.isEmpty())
        q.bindValue(QStringLiteral(":account"), m_filter.accountId);
    if (!m_filter.action.isEmpty()) {
        q.bindValue(QStringLiteral(":action"), m_filter.action);
        q.bindValue(QStringLiteral(":action2"), m_filter.action);
    }
    if (m_filter.from)
        q.bindValue(QStringLiteral(":from"), *m_filter.from);
    if (m_filter.to)
        q.bindValue(QStringLiteral(":to"), *m_filter.to);
}

void HistoryTableModel::setFilter(const AuditLog::Filter& filter)
{
    m_filter = filter;
    requery(Change::Filter);
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const RowCache::Row* row = rowAt(index.row());
    if (!row)
        return {};
    const auto text = [&](int i) { return row->at(i).toString(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return Instant::localDisplay(row->at(0).toLongLong());
        case Who:
            return text(1);
        case Action:
            return text(2);
        case Target:
            return text(3) + QLatin1Char(' ') + text(4) +
                   (text(5).isEmpty() || text(5) == text(4) ? QString() : QStringLiteral(" (%1)").arg(text(5)));
        case Before:
            return text(6);
        case After:
            return text(7);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == When)
            return Instant::tooltip(row->at(0).toLongLong(), Clock::now());
        if (index.column() == Before || index.column() == After)
            return text(index.column() == Before ? 6 : 7);
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[] = {"When", "Who", "What", "Target", "Before", "After"};
    return QString::fromLatin1(titles[section]);
}
