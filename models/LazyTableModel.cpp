#include "LazyTableModel.h"

#include "Workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <limits>

LazyTableModel::LazyTableModel(Workspace* workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_cache([this](int offset, int limit) { return fetch(offset, limit); })
{}

int LazyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

qint64 LazyTableModel::count(const QString& sql, bool bound) const
{
    QSqlQuery q = m_workspace->database().prepare(sql);
    if (bound)
        bind(q);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void LazyTableModel::reload()
{
    beginResetModel();
    m_cache.clear();
    m_count = 0;
    m_total = 0;
    if (m_workspace->isOpen()) {
        try {
            m_count = static_cast<int>(std::min<qint64>(count(countSql(), true), std::numeric_limits<int>::max()));
            m_total = count(totalSql(), false);
        } catch (const StorageError& e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
    endResetModel();
    emit countsChanged();
}

void LazyTableModel::requery(Change change)
{
    beginResetModel();
    m_cache.clear();
    if (change == Change::Filter && m_workspace->isOpen()) {
        try {
            m_count = static_cast<int>(std::min<qint64>(count(countSql(), true), std::numeric_limits<int>::max()));
        } catch (const StorageError& e) {
            m_count = 0;
            qWarning("%s", qPrintable(e.message()));
        }
    }
    endResetModel();
    if (change == Change::Filter)
        emit countsChanged();
}

QList<RowCache::Row> LazyTableModel::fetch(int offset, int limit) const
{
    QList<RowCache::Row> rows;
    try {
        QSqlQuery q = m_workspace->database().prepare(pageSql());
        q.setForwardOnly(true);
        bind(q);
        q.bindValue(QStringLiteral(":limit"), limit);
        q.bindValue(QStringLiteral(":offset"), offset);
        Database::exec(q);
        const int columns = q.record().count();
        rows.reserve(limit);
        while (q.next()) {
            RowCache::Row row(columns);
            for (int c = 0; c < columns; ++c)
                row[c] = q.value(c);
            rows.append(row);
        }
    } catch (const StorageError& e) {
        qWarning("%s", qPrintable(e.message()));
    }
    return rows;
}

const RowCache::Row* LazyTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_cache.row(row);
}
