#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
};

// What one import run did, printed by the CLI and shown by the GUI.
struct ImportReport
{
    ImportCounts accounts;
    ImportCounts users;
    ImportCounts memberships;
    ImportCounts logins;
    QStringList restored; // account IDs that came back from the trash
    QStringList lines() const;
};

// One row to import, whatever its source; `line` is 0 for generated data.
struct ImportOrigin
{
    int file = -1;
    int line = 0;
};

struct AccountRecord
{
    ImportOrigin origin;
    QString id;
    QString name;
    std::optional<qint64> createdAt;
    std::optional<QString> metadata; // compact JSON object
};

struct UserRecord
{
    ImportOrigin origin;
    QString email;
    std::optional<QString> name;
    std::optional<qint64> createdAt;
};

struct MembershipRecord
{
    ImportOrigin origin;
    QString accountId;
    QString email;
    QStringList roles; // empty: keep the stored roles, or the default role for a new member
    std::optional<qint64> joinedAt;
    std::optional<bool> primary;
};

struct LoginRecord
{
    ImportOrigin origin;
    QString accountId;
    QString email;
    qint64 at = 0;
};

// Roles a generator needs; created when missing, never changed.
struct RoleRecord
{
    QString key;
    QString name;
    QString description;
    int level = 1;
    QStringList permissions;
};

struct ImportData
{
    QList<RoleRecord> roles;
    QList<AccountRecord> accounts;
    QList<UserRecord> users;
    QList<MembershipRecord> memberships;
    QList<LoginRecord> logins;
};

// Imports accounts, users, memberships and logins (shared/spec/cli.md, "CSV in") into one
// environment. Every run is one transaction: any error rejects the whole run and changes nothing.
class Importer final
{
public:
    // Called now and then with bytes read so far and in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int MaxErrors = 100;

    explicit Importer(Database& db);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Files, or directories holding accounts.csv, users.csv, memberships.csv and logins.csv.
    bool importPaths(const QStringList& paths);
    // Records made in code (demo data); `source` names them in the audit log.
    bool importData(const ImportData& data, const QString& source);

    ImportReport report() const { return m_report; }
    // Every error as one line, `file:line: column "c": reason`; at most MaxErrors are kept.
    QStringList errors() const { return m_errors; }
    int errorCount() const { return m_errorCount; }

private:
    class Run;
    friend class Run;
    void addError(const QString& message);

    Database& m_db;
    Progress m_progress;
    ImportReport m_report;
    QStringList m_errors;
    int m_errorCount = 0;
};
