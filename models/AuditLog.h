#pragma once

#include <QJsonValue>
#include <QString>

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

} // namespace AuditLog
