#pragma once

#include "RowCache.h"

#include <QAbstractTableModel>

class QSqlQuery;
class Workspace;

// Base of the SQL-backed tables: the model, not the view, decides what to fetch. It counts the
// rows with one query and reads them in chunks (LIMIT/OFFSET on the query's own indexed order)
// through a bounded RowCache, so a million accounts never load at once. Subclasses give the SQL.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LazyTableModel(Workspace* workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    qint64 totalCount() const { return m_total; } // before the search filter

    // Re-reads both counts and drops the cache; called on environment or data changes.
    void reload();

signals:
    void countsChanged();

protected:
    // What a change of the query needs, and no more: a new order re-reads no count; a new filter
    // re-counts the rows it keeps but not the total.
    enum class Change
    {
        Order,
        Filter
    };
    void requery(Change change);

    virtual QString pageSql() const = 0; // one page, with :limit and :offset
    virtual QString countSql() const = 0;
    virtual QString totalSql() const = 0;
    virtual void bind(QSqlQuery& query) const = 0;

    const RowCache::Row* rowAt(int row) const;
    Workspace* workspace() const { return m_workspace; }

private:
    QList<RowCache::Row> fetch(int offset, int limit) const;
    qint64 count(const QString& sql, bool bound) const;

    Workspace* m_workspace;
    mutable RowCache m_cache;
    int m_count = 0;
    qint64 m_total = 0;
};
