#include "CsvExport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "Instant.h"

#include <QSaveFile>
#include <QSqlQuery>

#include <limits>

namespace CsvExport {

namespace {

QString instantOrEmpty(const QVariant& value)
{
    return value.isNull() ? QString() : Instant::format(value.toLongLong());
}

// Runs `select` and writes each row through `toFields`, with the header first.
template <typename ToFields>
bool writeRows(const Database& db, const QString& countSql, const QString& selectSql,
               const std::function<void(QSqlQuery&)>& bind, const QStringList& header, QIODevice* out,
               const Options& options, QString* error, qint64* rows, ToFields toFields)
{
    try {
        qint64 total = 0;
        if (options.progress) {
            QSqlQuery count = db.prepare(countSql);
            bind(count);
            Database::exec(count);
            total = count.next() ? count.value(0).toLongLong() : 0;
        }
        QSqlQuery q = db.prepare(selectSql);
        q.setForwardOnly(true);
        bind(q);
        Database::exec(q);
        CsvWriter writer(out, options.bom);
        writer.writeRecord(header);
        qint64 n = 0;
        while (q.next()) {
            writer.writeRecord(toFields(q));
            ++n;
            if (options.progress && n % 2000 == 0 && !options.progress(n, total)) {
                *error = QStringLiteral("the export was cancelled");
                return false;
            }
        }
        if (!writer.flush()) {
            *error = writer.errorString();
            return false;
        }
        if (rows)
            *rows = n;
        return true;
    } catch (const StorageError& e) {
        *error = e.message();
        return false;
    }
}

template <typename Write> bool saveThrough(const QString& path, QString* error, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeAccounts(const Database& db, const AccountQuery& query, QIODevice* out, const Options& options,
                   QString* error, qint64* rows)
{
    return writeRows(
        db, query.countSql(), query.selectSql(), [&](QSqlQuery& q) { query.bind(q); }, AccountQuery::exportHeader(),
        out, options, error, rows,
        [](const QSqlQuery& q) {
            return QStringList{q.value(0).toString(),      q.value(1).toString(), instantOrEmpty(q.value(2)),
                               instantOrEmpty(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString()};
        });
}

bool writeUsers(const Database& db, const UserQuery& query, QIODevice* out, const Options& options, QString* error,
                qint64* rows)
{
    return writeRows(
        db, query.countSql(), query.selectSql(), [&](QSqlQuery& q) { query.bind(q); }, UserQuery::exportHeader(), out,
        options, error, rows,
        [](const QSqlQuery& q) {
            return QStringList{q.value(0).toString(),      q.value(1).toString(), instantOrEmpty(q.value(2)),
                               instantOrEmpty(q.value(3)), q.value(4).toString(), q.value(5).toString()};
        });
}

bool saveAccounts(const Database& db, const AccountQuery& query, const QString& path, const Options& options,
                  QString* error, qint64* rows)
{
    return saveThrough(path, error,
                       [&](QIODevice* out) { return writeAccounts(db, query, out, options, error, rows); });
}

bool saveUsers(const Database& db, const UserQuery& query, const QString& path, const Options& options, QString* error,
               qint64* rows)
{
    return saveThrough(path, error, [&](QIODevice* out) { return writeUsers(db, query, out, options, error, rows); });
}

bool saveHistory(const Database& db, const AuditLog::Filter& filter, const QString& path, const Options& options,
                 QString* error, qint64* rows)
{
    return saveThrough(path, error, [&](QIODevice* out) {
        try {
            const QList<AuditLog::Stored> entries = AuditLog::entries(db, filter, std::numeric_limits<int>::max());
            CsvWriter writer(out, options.bom);
            writer.writeRecord(AuditLog::csvHeader());
            for (const AuditLog::Stored& e : entries)
                writer.writeRecord(AuditLog::csvRecord(e));
            if (!writer.flush()) {
                *error = writer.errorString();
                return false;
            }
            if (rows)
                *rows = entries.size();
            return true;
        } catch (const StorageError& e) {
            *error = e.message();
            return false;
        }
    });
}

} // namespace CsvExport
