#include "Importer.h"

#include "AccountFigures.h"
#include "AuditLog.h"
#include "Clock.h"
#include "CsvReader.h"
#include "Database.h"
#include "Instant.h"
#include "Users.h"
#include "Validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

enum class FileKind
{
    Accounts,
    Users,
    Memberships,
    Logins
};

const QStringList DirectoryFiles = {QStringLiteral("accounts.csv"), QStringLiteral("users.csv"),
                                    QStringLiteral("memberships.csv"), QStringLiteral("logins.csv")};

QStringList allowedColumns(FileKind kind)
{
    switch (kind) {
    case FileKind::Accounts:
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at"), QStringLiteral("metadata")};
    case FileKind::Users:
        return {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("created_at")};
    case FileKind::Memberships:
        return {QStringLiteral("account_id"), QStringLiteral("email"), QStringLiteral("roles"),
                QStringLiteral("joined_at"), QStringLiteral("primary")};
    case FileKind::Logins:
        return {QStringLiteral("account_id"), QStringLiteral("email"), QStringLiteral("at")};
    }
    return {};
}

QStringList requiredColumns(FileKind kind)
{
    switch (kind) {
    case FileKind::Accounts:
        return {QStringLiteral("id"), QStringLiteral("name")};
    case FileKind::Users:
        return {QStringLiteral("email")};
    case FileKind::Memberships:
        return {QStringLiteral("account_id"), QStringLiteral("email")};
    case FileKind::Logins:
        return {QStringLiteral("account_id"), QStringLiteral("email"), QStringLiteral("at")};
    }
    return {};
}

QString kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Accounts:
        return QStringLiteral("accounts");
    case FileKind::Users:
        return QStringLiteral("users");
    case FileKind::Memberships:
        return QStringLiteral("memberships");
    case FileKind::Logins:
        return QStringLiteral("logins");
    }
    return {};
}

std::optional<FileKind> detectKind(const QStringList& header)
{
    const bool hasAccountId = header.contains(QLatin1String("account_id"));
    if (hasAccountId)
        return header.contains(QLatin1String("at")) ? FileKind::Logins : FileKind::Memberships;
    if (header.contains(QLatin1String("id")) || header.contains(QLatin1String("metadata")))
        return FileKind::Accounts;
    if (header.contains(QLatin1String("email")))
        return FileKind::Users;
    if (header.contains(QLatin1String("name")))
        return FileKind::Accounts;
    return std::nullopt;
}

QString quoted(const QString& value)
{
    QString shown = value.size() > 60 ? value.left(57) + QStringLiteral("...") : value;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

} // namespace

QStringList ImportReport::lines() const
{
    const auto counts = [](const QString& what, const ImportCounts& c, bool withUpdated) {
        return withUpdated ? QStringLiteral("%1: %2 added, %3 updated, %4 skipped")
                                 .arg(what)
                                 .arg(c.added)
                                 .arg(c.updated)
                                 .arg(c.skipped)
                           : QStringLiteral("%1: %2 added, %3 skipped").arg(what).arg(c.added).arg(c.skipped);
    };
    QStringList out{counts(QStringLiteral("accounts"), accounts, true), counts(QStringLiteral("users"), users, true),
                    counts(QStringLiteral("memberships"), memberships, true),
                    counts(QStringLiteral("logins"), logins, false)};
    for (const QString& id : restored)
        out << QStringLiteral("restored from the trash: %1").arg(id);
    return out;
}

// One import run: parses everything first (collecting every error), then applies it in one
// transaction in dependency order: accounts, users, memberships, logins.
class Importer::Run
{
public:
    Run(Importer& importer)
        : m_imp(importer)
        , m_db(importer.m_db)
    {}

    bool runFiles(const QStringList& paths);
    bool runData(const ImportData& data, const QString& source);

private:
    QString where(const ImportOrigin& origin) const;
    void error(const ImportOrigin& origin, const QString& column, const QString& message);
    void error(const ImportOrigin& origin, const QString& message);

    void prepareTemp();
    bool parseFile(int fileIndex, qint64 totalBytes, qint64& bytesDone);
    void parseRow(FileKind kind, const QHash<QString, int>& columns, const QStringList& fields,
                  const ImportOrigin& origin);
    std::optional<qint64> parseInstant(const QString& value, const ImportOrigin& origin, const QString& column);
    void queueLogin(const LoginRecord& login);
    void flushLogins();

    bool apply(const QString& source);
    void applyAccounts();
    qint64 userId(const QString& email);
    void applyUsers();
    void applyMemberships();
    void applyLogins();

    Importer& m_imp;
    Database& m_db;
    QStringList m_files;
    ImportData m_data;
    QList<LoginRecord> m_pendingLogins;
    qint64 m_loginCount = 0;
    QSet<QString> m_roles;
    QSet<QString> m_validEmails;
    QSet<QString> m_validIds;
    QString m_defaultRole;
    qint64 m_now = 0;
};

QString Importer::Run::where(const ImportOrigin& origin) const
{
    if (origin.file < 0)
        return QStringLiteral("generated data");
    return origin.line > 0 ? QStringLiteral("%1:%2").arg(m_files.at(origin.file)).arg(origin.line)
                           : m_files.at(origin.file);
}

void Importer::Run::error(const ImportOrigin& origin, const QString& column, const QString& message)
{
    m_imp.addError(QStringLiteral("%1: column \"%2\": %3").arg(where(origin), column, message));
}

void Importer::Run::error(const ImportOrigin& origin, const QString& message)
{
    m_imp.addError(QStringLiteral("%1: %2").arg(where(origin), message));
}

void Importer::Run::prepareTemp()
{
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS imp_logins ("
                             "file INTEGER, line INTEGER, account_id TEXT, email TEXT, at INTEGER)"));
    m_db.exec(QStringLiteral("DELETE FROM temp.imp_logins"));
    AccountFigures::prepare(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key FROM roles"));
    while (q.next())
        m_roles.insert(q.value(0).toString());
    m_defaultRole = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_role'")).toString();
    m_now = Clock::now();
}

std::optional<qint64> Importer::Run::parseInstant(const QString& value, const ImportOrigin& origin,
                                                  const QString& column)
{
    const std::optional<qint64> at = Instant::parse(value);
    if (!at)
        error(origin, column,
              QStringLiteral("%1 is not an ISO 8601 instant (e.g. 2026-11-30T10:15:00Z or 2026-11-30)")
                  .arg(quoted(value)));
    return at;
}

bool Importer::Run::runFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            int found = 0;
            for (const QString& name : DirectoryFiles) {
                if (QFileInfo::exists(QDir(path).filePath(name))) {
                    m_files << QDir(path).filePath(name);
                    ++found;
                }
            }
            if (found == 0)
                m_imp.addError(QStringLiteral("%1: the directory holds none of %2")
                                   .arg(path, DirectoryFiles.join(QStringLiteral(", "))));
        } else if (info.isFile()) {
            m_files << path;
        } else {
            m_imp.addError(QStringLiteral("%1: no such file or directory").arg(path));
        }
    }
    if (m_imp.m_errorCount > 0)
        return false;

    qint64 total = 0;
    for (const QString& file : std::as_const(m_files))
        total += QFileInfo(file).size();

    try {
        Transaction tx(m_db);
        prepareTemp();
        qint64 done = 0;
        for (int i = 0; i < m_files.size(); ++i) {
            if (!parseFile(i, total, done))
                return false;
        }
        if (m_imp.m_errorCount > 0)
            return false;
        if (!apply(m_files.join(QStringLiteral(", "))))
            return false;
        tx.commit();
    } catch (const StorageError& e) {
        m_imp.addError(QStringLiteral("database error: %1").arg(e.message()));
        return false;
    }
    return true;
}

bool Importer::Run::runData(const ImportData& data, const QString& source)
{
    try {
        Transaction tx(m_db);
        prepareTemp();
        for (const RoleRecord& role : data.roles) {
            m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO roles (key, name, description, level, permissions) "
                               "VALUES (:key, :name, :description, :level, :permissions)"),
                {{QStringLiteral(":key"), role.key},
                 {QStringLiteral(":name"), role.name},
                 {QStringLiteral(":description"), role.description},
                 {QStringLiteral(":level"), role.level},
                 {QStringLiteral(":permissions"),
                  QString::fromUtf8(
                      QJsonDocument(QJsonArray::fromStringList(role.permissions)).toJson(QJsonDocument::Compact))}});
            m_roles.insert(role.key);
        }
        m_data.accounts = data.accounts;
        m_data.users = data.users;
        m_data.memberships = data.memberships;
        for (const LoginRecord& login : data.logins)
            queueLogin(login);
        flushLogins();
        if (!apply(source))
            return false;
        tx.commit();
    } catch (const StorageError& e) {
        m_imp.addError(QStringLiteral("database error: %1").arg(e.message()));
        return false;
    }
    return true;
}

bool Importer::Run::parseFile(int fileIndex, qint64 totalBytes, qint64& bytesDone)
{
    const QString& path = m_files.at(fileIndex);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_imp.addError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return true;
    }
    CsvReader reader(&file);
    QStringList fields;
    const ImportOrigin headerOrigin{fileIndex, 1};
    if (!reader.readRecord(fields)) {
        if (reader.hasError())
            error(ImportOrigin{fileIndex, reader.errorLine()}, reader.errorString());
        else
            error(ImportOrigin{fileIndex, 0}, QStringLiteral("the file is empty; a header row is required"));
        return true;
    }
    QStringList header;
    for (const QString& name : std::as_const(fields))
        header << name.trimmed().toLower();
    const std::optional<FileKind> kind = detectKind(header);
    if (!kind) {
        error(headerOrigin, QStringLiteral("cannot tell the kind of file from its header; accounts need id and "
                                           "name, users need email, memberships need account_id and email, "
                                           "logins need account_id, email and at"));
        return true;
    }
    QHash<QString, int> columns;
    const QStringList allowed = allowedColumns(*kind);
    for (int i = 0; i < header.size(); ++i) {
        if (!allowed.contains(header.at(i)))
            error(headerOrigin, header.at(i),
                  QStringLiteral("unknown column in a %1 file (allowed: %2)")
                      .arg(kindName(*kind), allowed.join(QStringLiteral(", "))));
        else if (columns.contains(header.at(i)))
            error(headerOrigin, header.at(i), QStringLiteral("the column appears twice"));
        columns.insert(header.at(i), i);
    }
    for (const QString& required : requiredColumns(*kind)) {
        if (!columns.contains(required))
            error(headerOrigin, required, QStringLiteral("required column missing in a %1 file").arg(kindName(*kind)));
    }
    if (m_imp.m_errorCount > 0)
        return true;

    qint64 lastReported = 0;
    while (reader.readRecord(fields)) {
        const ImportOrigin origin{fileIndex, reader.recordLine()};
        if (fields.size() != header.size()) {
            error(
                origin,
                QStringLiteral("expected %1 fields as in the header, found %2").arg(header.size()).arg(fields.size()));
        } else {
            parseRow(*kind, columns, fields, origin);
        }
        if (reader.bytesRead() - lastReported >= (1 << 20)) {
            if (m_imp.m_progress && !m_imp.m_progress(bytesDone + reader.bytesRead(), totalBytes)) {
                m_imp.addError(QStringLiteral("the import was cancelled; nothing was changed"));
                return false;
            }
            lastReported = reader.bytesRead();
        }
    }
    if (reader.hasError())
        error(ImportOrigin{fileIndex, reader.errorLine()}, reader.errorString());
    flushLogins();
    bytesDone += reader.bytesRead();
    if (m_imp.m_progress && !m_imp.m_progress(bytesDone, totalBytes)) {
        m_imp.addError(QStringLiteral("the import was cancelled; nothing was changed"));
        return false;
    }
    return true;
}

void Importer::Run::parseRow(FileKind kind, const QHash<QString, int>& columns, const QStringList& fields,
                             const ImportOrigin& origin)
{
    const auto value = [&](const char* column) {
        const auto it = columns.constFind(QLatin1String(column));
        return it == columns.cend() ? QString() : fields.at(*it).trimmed();
    };
    const auto instantOf = [&](const char* column) -> std::optional<qint64> {
        const QString text = value(column);
        return text.isEmpty() ? std::nullopt : parseInstant(text, origin, QLatin1String(column));
    };
    // Login and membership files repeat the same emails and IDs on many rows: a value checked
    // once in this run is not checked again.
    const auto checkEmail = [&](const QString& email) {
        if (m_validEmails.contains(email))
            return true;
        const QString reason = Validation::email(email);
        if (reason.isEmpty())
            m_validEmails.insert(email);
        if (!reason.isEmpty())
            error(origin, QStringLiteral("email"), QStringLiteral("%1: %2").arg(quoted(email), reason));
        return reason.isEmpty();
    };
    const auto checkAccountId = [&](const QString& id, const QString& column) {
        if (m_validIds.contains(id))
            return true;
        const QString reason = Validation::accountId(id);
        if (reason.isEmpty())
            m_validIds.insert(id);
        if (!reason.isEmpty())
            error(origin, column, QStringLiteral("%1: %2").arg(quoted(id), reason));
        return reason.isEmpty();
    };

    switch (kind) {
    case FileKind::Accounts: {
        AccountRecord r;
        r.origin = origin;
        r.id = value("id");
        r.name = value("name");
        bool ok = checkAccountId(r.id, QStringLiteral("id"));
        const QString nameReason = Validation::accountName(r.name);
        if (!nameReason.isEmpty()) {
            error(origin, QStringLiteral("name"), QStringLiteral("%1: %2").arg(quoted(r.name), nameReason));
            ok = false;
        }
        if (!value("created_at").isEmpty()) {
            r.createdAt = instantOf("created_at");
            ok = ok && r.createdAt.has_value();
        }
        const QString metadata = value("metadata");
        if (!metadata.isEmpty()) {
            QString normalized;
            const QString reason = Validation::metadata(metadata, &normalized);
            if (!reason.isEmpty()) {
                error(origin, QStringLiteral("metadata"), reason);
                ok = false;
            }
            r.metadata = normalized;
        }
        if (ok)
            m_data.accounts.append(r);
        break;
    }
    case FileKind::Users: {
        UserRecord r;
        r.origin = origin;
        r.email = value("email").toLower();
        bool ok = checkEmail(r.email);
        if (columns.contains(QStringLiteral("name")) && !value("name").isEmpty()) {
            r.name = value("name");
            if (r.name->size() > 255 || r.name->contains(QLatin1Char('\n'))) {
                error(origin, QStringLiteral("name"),
                      QStringLiteral("%1: at most 255 characters on one line").arg(quoted(*r.name)));
                ok = false;
            }
        }
        if (!value("created_at").isEmpty()) {
            r.createdAt = instantOf("created_at");
            ok = ok && r.createdAt.has_value();
        }
        if (ok)
            m_data.users.append(r);
        break;
    }
    case FileKind::Memberships: {
        MembershipRecord r;
        r.origin = origin;
        r.accountId = value("account_id");
        r.email = value("email").toLower();
        bool ok = checkAccountId(r.accountId, QStringLiteral("account_id"));
        ok = checkEmail(r.email) && ok;
        const QString roles = value("roles");
        for (const QString& role : roles.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = role.trimmed();
            if (!m_roles.contains(key)) {
                error(origin, QStringLiteral("roles"),
                      QStringLiteral("unknown role %1 (known: %2)")
                          .arg(quoted(key), QStringList(m_roles.values()).join(QStringLiteral(", "))));
                ok = false;
            } else if (!r.roles.contains(key)) {
                r.roles << key;
            }
        }
        if (!value("joined_at").isEmpty()) {
            r.joinedAt = instantOf("joined_at");
            ok = ok && r.joinedAt.has_value();
        }
        const QString primary = value("primary").toLower();
        if (primary == QLatin1String("true")) {
            r.primary = true;
        } else if (primary == QLatin1String("false")) {
            r.primary = false;
        } else if (!primary.isEmpty()) {
            error(origin, QStringLiteral("primary"),
                  QStringLiteral("%1: expected true or false").arg(quoted(value("primary"))));
            ok = false;
        }
        if (ok)
            m_data.memberships.append(r);
        break;
    }
    case FileKind::Logins: {
        LoginRecord r;
        r.origin = origin;
        r.accountId = value("account_id");
        r.email = value("email").toLower();
        bool ok = checkAccountId(r.accountId, QStringLiteral("account_id"));
        ok = checkEmail(r.email) && ok;
        const QString at = value("at");
        if (at.isEmpty()) {
            error(origin, QStringLiteral("at"), QStringLiteral("a login needs its instant"));
            ok = false;
        } else if (const std::optional<qint64> instant = parseInstant(at, origin, QStringLiteral("at"))) {
            r.at = *instant;
        } else {
            ok = false;
        }
        if (ok)
            queueLogin(r);
        break;
    }
    }
}

void Importer::Run::queueLogin(const LoginRecord& login)
{
    m_pendingLogins.append(login);
    if (m_pendingLogins.size() >= 10000)
        flushLogins();
}

void Importer::Run::flushLogins()
{
    if (m_pendingLogins.isEmpty())
        return;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO temp.imp_logins (file, line, account_id, email, at) VALUES (?, ?, ?, ?, ?)"));
    QVariantList files, lines, accounts, emails, ats;
    for (const LoginRecord& r : std::as_const(m_pendingLogins)) {
        files << r.origin.file;
        lines << r.origin.line;
        accounts << r.accountId;
        emails << r.email.toLower();
        ats << r.at;
    }
    q.addBindValue(files);
    q.addBindValue(lines);
    q.addBindValue(accounts);
    q.addBindValue(emails);
    q.addBindValue(ats);
    if (!q.execBatch())
        throw StorageError(q.lastError().text());
    m_loginCount += m_pendingLogins.size();
    m_pendingLogins.clear();
}

bool Importer::Run::apply(const QString& source)
{
    applyAccounts();
    applyUsers();
    applyMemberships();
    if (m_imp.m_errorCount > 0)
        return false;
    applyLogins();
    if (m_imp.m_errorCount > 0)
        return false;
    AccountFigures::refresh(m_db);

    const ImportReport& r = m_imp.m_report;
    const auto counts = [](const ImportCounts& c) {
        return QJsonObject{{QStringLiteral("added"), c.added},
                           {QStringLiteral("updated"), c.updated},
                           {QStringLiteral("skipped"), c.skipped}};
    };
    AuditLog::record(m_db, {QStringLiteral("import"), QStringLiteral("environment"), source, QString(), QJsonValue(),
                            QJsonObject{{QStringLiteral("accounts"), counts(r.accounts)},
                                        {QStringLiteral("users"), counts(r.users)},
                                        {QStringLiteral("memberships"), counts(r.memberships)},
                                        {QStringLiteral("logins"), counts(r.logins)},
                                        {QStringLiteral("restored"), QJsonArray::fromStringList(r.restored)}}});
    return true;
}

void Importer::Run::applyAccounts()
{
    QSqlQuery find =
        m_db.prepare(QStringLiteral("SELECT rid, name, created_at, metadata, deleted_at FROM accounts WHERE id = :id"));
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO accounts (id, name, name_key, created_at, metadata) "
                                                   "VALUES (:id, :name, :key, :created, :metadata)"));
    QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE accounts SET name = :name, name_key = :key, "
                                                   "created_at = :created, metadata = :metadata, deleted_at = NULL "
                                                   "WHERE rid = :rid"));
    ImportCounts& counts = m_imp.m_report.accounts;
    for (const AccountRecord& r : std::as_const(m_data.accounts)) {
        find.bindValue(QStringLiteral(":id"), r.id);
        Database::exec(find);
        if (!find.next()) {
            insert.bindValue(QStringLiteral(":id"), r.id);
            insert.bindValue(QStringLiteral(":name"), r.name);
            insert.bindValue(QStringLiteral(":key"), r.name.toCaseFolded());
            insert.bindValue(QStringLiteral(":created"), r.createdAt.value_or(m_now));
            insert.bindValue(QStringLiteral(":metadata"), r.metadata.value_or(QStringLiteral("{}")));
            Database::exec(insert);
            ++counts.added;
            continue;
        }
        const qint64 rid = find.value(0).toLongLong();
        const QString name = find.value(1).toString();
        const qint64 created = find.value(2).toLongLong();
        const QString metadata = find.value(3).toString();
        const bool trashed = !find.value(4).isNull();
        find.finish();
        const qint64 newCreated = r.createdAt.value_or(created);
        const QString newMetadata = r.metadata.value_or(metadata);
        if (trashed)
            m_imp.m_report.restored << r.id;
        if (!trashed && name == r.name && created == newCreated && metadata == newMetadata) {
            ++counts.skipped;
            continue;
        }
        update.bindValue(QStringLiteral(":rid"), rid);
        update.bindValue(QStringLiteral(":name"), r.name);
        update.bindValue(QStringLiteral(":key"), r.name.toCaseFolded());
        update.bindValue(QStringLiteral(":created"), newCreated);
        update.bindValue(QStringLiteral(":metadata"), newMetadata);
        Database::exec(update);
        ++counts.updated;
    }
}

qint64 Importer::Run::userId(const QString& email)
{
    bool created = false;
    const qint64 uid = Users::ensure(m_db, email, m_now, &created);
    if (created)
        ++m_imp.m_report.users.added;
    return uid;
}

void Importer::Run::applyUsers()
{
    QSqlQuery find = m_db.prepare(QStringLiteral("SELECT uid, name, created_at FROM users WHERE email = :email"));
    QSqlQuery update =
        m_db.prepare(QStringLiteral("UPDATE users SET name = :name, created_at = :created WHERE uid = :uid"));
    ImportCounts& counts = m_imp.m_report.users;
    for (const UserRecord& r : std::as_const(m_data.users)) {
        find.bindValue(QStringLiteral(":email"), r.email);
        Database::exec(find);
        if (!find.next()) {
            const qint64 uid = userId(r.email);
            update.bindValue(QStringLiteral(":uid"), uid);
            update.bindValue(QStringLiteral(":name"), Database::bindable(r.name.value_or(QString())));
            update.bindValue(QStringLiteral(":created"), r.createdAt.value_or(m_now));
            Database::exec(update);
            continue;
        }
        const qint64 uid = find.value(0).toLongLong();
        const QString name = find.value(1).toString();
        const qint64 created = find.value(2).toLongLong();
        find.finish();
        const QString newName = r.name.value_or(name);
        const qint64 newCreated = r.createdAt.value_or(created);
        if (newName == name && newCreated == created) {
            ++counts.skipped;
            continue;
        }
        update.bindValue(QStringLiteral(":uid"), uid);
        update.bindValue(QStringLiteral(":name"), newName);
        update.bindValue(QStringLiteral(":created"), newCreated);
        Database::exec(update);
        ++counts.updated;
    }
}

void Importer::Run::applyMemberships()
{
    QSqlQuery account = m_db.prepare(QStringLiteral("SELECT rid, deleted_at FROM accounts WHERE id = :id"));
    QSqlQuery find = m_db.prepare(
        QStringLiteral("SELECT joined_at, is_primary FROM memberships WHERE account = :account AND user = :user"));
    QSqlQuery rolesOf = m_db.prepare(
        QStringLiteral("SELECT role FROM membership_roles WHERE account = :account AND user = :user ORDER BY role"));
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO memberships (account, user, joined_at, is_primary) "
                                                   "VALUES (:account, :user, :joined, :primary)"));
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE memberships SET joined_at = :joined, is_primary = :primary WHERE account = :account AND user = :user"));
    QSqlQuery clearPrimary = m_db.prepare(QStringLiteral(
        "UPDATE memberships SET is_primary = 0 WHERE account = :account AND user <> :user AND is_primary = 1"));

    ImportCounts& counts = m_imp.m_report.memberships;
    for (const MembershipRecord& r : std::as_const(m_data.memberships)) {
        account.bindValue(QStringLiteral(":id"), r.accountId);
        Database::exec(account);
        if (!account.next()) {
            error(r.origin, QStringLiteral("account_id"),
                  QStringLiteral("no account has the ID %1 (import it first or in the same run)")
                      .arg(quoted(r.accountId)));
            continue;
        }
        const qint64 rid = account.value(0).toLongLong();
        const bool trashed = !account.value(1).isNull();
        account.finish();
        if (trashed) {
            error(r.origin, QStringLiteral("account_id"),
                  QStringLiteral("the account %1 is in the trash; restore it first").arg(quoted(r.accountId)));
            continue;
        }
        if (m_imp.m_errorCount > 0)
            continue; // keep validating, but write nothing more
        const qint64 uid = userId(r.email);

        QStringList roles = r.roles;
        std::sort(roles.begin(), roles.end());
        find.bindValue(QStringLiteral(":account"), rid);
        find.bindValue(QStringLiteral(":user"), uid);
        Database::exec(find);
        const bool exists = find.next();
        const qint64 joined = exists ? find.value(0).toLongLong() : 0;
        const bool wasPrimary = exists && find.value(1).toBool();
        find.finish();

        QStringList storedRoles;
        if (exists) {
            rolesOf.bindValue(QStringLiteral(":account"), rid);
            rolesOf.bindValue(QStringLiteral(":user"), uid);
            Database::exec(rolesOf);
            while (rolesOf.next())
                storedRoles << rolesOf.value(0).toString();
        }
        if (roles.isEmpty())
            roles = exists ? storedRoles : QStringList{m_defaultRole};

        const qint64 newJoined = r.joinedAt.value_or(exists ? joined : m_now);
        const bool newPrimary = r.primary.value_or(wasPrimary);
        bool otherPrimaryCleared = false;
        if (newPrimary) {
            clearPrimary.bindValue(QStringLiteral(":account"), rid);
            clearPrimary.bindValue(QStringLiteral(":user"), uid);
            Database::exec(clearPrimary);
            otherPrimaryCleared = clearPrimary.numRowsAffected() > 0;
        }
        if (exists && newJoined == joined && newPrimary == wasPrimary && roles == storedRoles && !otherPrimaryCleared) {
            ++counts.skipped;
            continue;
        }
        QSqlQuery& write = exists ? update : insert;
        write.bindValue(QStringLiteral(":account"), rid);
        write.bindValue(QStringLiteral(":user"), uid);
        write.bindValue(QStringLiteral(":joined"), newJoined);
        write.bindValue(QStringLiteral(":primary"), newPrimary ? 1 : 0);
        Database::exec(write);
        if (roles != storedRoles)
            Users::setRoles(m_db, rid, uid, roles);
        ++(exists ? counts.updated : counts.added);
        AccountFigures::touch(m_db, rid);
    }
}

void Importer::Run::applyLogins()
{
    if (m_loginCount == 0)
        return;
    QSqlQuery bad = m_db.exec(
        QStringLiteral(
            "SELECT i.file, i.line, i.account_id, i.email, a.rid IS NULL, a.deleted_at IS NOT NULL, u.uid IS NULL "
            "FROM temp.imp_logins i LEFT JOIN accounts a ON a.id = i.account_id "
            "LEFT JOIN users u ON u.email = i.email "
            "LEFT JOIN memberships m ON m.account = a.rid AND m.user = u.uid "
            "WHERE a.rid IS NULL OR a.deleted_at IS NOT NULL OR m.user IS NULL "
            "ORDER BY i.file, i.line LIMIT :limit"),
        {{QStringLiteral(":limit"), MaxErrors + 1}});
    while (bad.next()) {
        const ImportOrigin origin{bad.value(0).toInt(), bad.value(1).toInt()};
        const QString accountId = bad.value(2).toString();
        const QString email = bad.value(3).toString();
        if (bad.value(4).toBool())
            error(origin, QStringLiteral("account_id"),
                  QStringLiteral("no account has the ID %1").arg(quoted(accountId)));
        else if (bad.value(5).toBool())
            error(origin, QStringLiteral("account_id"),
                  QStringLiteral("the account %1 is in the trash").arg(quoted(accountId)));
        else
            error(origin, QStringLiteral("email"),
                  QStringLiteral("%1 is not a member of the account %2").arg(quoted(email), quoted(accountId)));
    }
    if (m_imp.m_errorCount > 0)
        return;

    QSqlQuery insert = m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO logins (account, user, at) "
                       "SELECT a.rid, u.uid, i.at FROM temp.imp_logins i JOIN accounts a ON a.id = i.account_id "
                       "JOIN users u ON u.email = i.email ORDER BY 1, 2, 3"));
    ImportCounts& counts = m_imp.m_report.logins;
    counts.added = insert.numRowsAffected();
    counts.skipped = m_loginCount - counts.added;
    if (counts.added == 0)
        return;
    m_db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.touched_accounts (rid) "
                             "SELECT DISTINCT a.rid FROM temp.imp_logins i JOIN accounts a ON a.id = i.account_id"));
    m_db.exec(QStringLiteral("UPDATE users SET last_login = MAX(COALESCE(users.last_login, s.latest), s.latest) "
                             "FROM (SELECT email, MAX(at) AS latest FROM temp.imp_logins GROUP BY email) AS s "
                             "WHERE users.email = s.email"));
}

Importer::Importer(Database& db)
    : m_db(db)
{}

void Importer::addError(const QString& message)
{
    ++m_errorCount;
    if (m_errors.size() < MaxErrors)
        m_errors << message;
}

bool Importer::importPaths(const QStringList& paths)
{
    m_report = {};
    m_errors.clear();
    m_errorCount = 0;
    Run run(*this);
    const bool ok = run.runFiles(paths);
    if (!ok)
        m_report = {};
    return ok && m_errorCount == 0;
}

bool Importer::importData(const ImportData& data, const QString& source)
{
    m_report = {};
    m_errors.clear();
    m_errorCount = 0;
    Run run(*this);
    const bool ok = run.runData(data, source);
    if (!ok)
        m_report = {};
    return ok && m_errorCount == 0;
}
