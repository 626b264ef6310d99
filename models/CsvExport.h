#pragma once

#include "AccountQuery.h"
#include "AuditLog.h"
#include "UserQuery.h"

#include <QString>

#include <functional>

class Database;
class QIODevice;

// The CSV exports of shared/spec/cli.md ("CSV out"), shared by the CLI and the GUI.
namespace CsvExport {

// Called every few thousand rows with rows written and in all; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Options
{
    bool bom = false;
    Progress progress;
};

// Each returns false with `error` set on failure (unknown account, write error, cancelled).
bool writeAccounts(const Database& db, const AccountQuery& query, QIODevice* out, const Options& options,
                   QString* error, qint64* rows = nullptr);
bool writeUsers(const Database& db, const UserQuery& query, QIODevice* out, const Options& options, QString* error,
                qint64* rows = nullptr);
// Writes through QSaveFile, so that a failure never leaves half a file.
bool saveAccounts(const Database& db, const AccountQuery& query, const QString& path, const Options& options,
                  QString* error, qint64* rows = nullptr);
bool saveUsers(const Database& db, const UserQuery& query, const QString& path, const Options& options, QString* error,
               qint64* rows = nullptr);
// The audit log (at,actor,action,target_kind,target,account_id,before,after), newest first.
bool saveHistory(const Database& db, const AuditLog::Filter& filter, const QString& path, const Options& options,
                 QString* error, qint64* rows = nullptr);

} // namespace CsvExport
