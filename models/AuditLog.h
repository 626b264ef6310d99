#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Writes the audit trail of shared/spec/domain.md ("History") inside the caller's transaction.
namespace AuditLog {

struct Entry
{
    QString action;     // e.g. "import", "excluded-domains.add"
    QString targetKind; // "account", "user", "role", "environment", ...
    QString target;     // what was acted on, e.g. an account ID
    QString accountId;  // the account concerned, for filtering; empty when none
    QJsonValue before;
    QJsonValue after;
};

void record(const Database& db, const Entry& entry);

// A stored entry, as the History views and `history` show it.
struct Stored
{
    qint64 seq = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString targetKind;
    QString target;
    QString accountId;
    QString before; // JSON text, empty when none
    QString after;
};

struct Filter
{
    QString accountId;          // empty: all
    QString action;             // a prefix: "account" matches account.add, account.delete, ...
    std::optional<qint64> from; // inclusive
    std::optional<qint64> to;   // inclusive
};

// Newest first.
QList<Stored> entries(const Database& db, const Filter& filter, int limit = 10000);
QStringList csvHeader(); // at,actor,action,target_kind,target,account_id,before,after
QStringList csvRecord(const Stored& entry);

} // namespace AuditLog
