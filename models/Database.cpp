#include "Database.h"

#include "AccountFigures.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
QAtomicInt g_connectionCounter;
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("backoffice-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

bool Database::fail(const QString& message)
{
    m_error = message;
    close();
    return false;
}

bool Database::openEnvironment(const QString& dataDir, Environment env)
{
    if (!QDir().mkpath(dataDir))
        return fail(QStringLiteral("cannot create the data directory %1").arg(dataDir));
    m_environment = env;
    return open(Environments::filePath(dataDir, env));
}

bool Database::open(const QString& path)
{
    close();
    m_error.clear();
    m_path = path;

    // Check the header before SQLite touches the file: a file that is not a database must be
    // left exactly as it was, and SQLite only notices on the first statement.
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return fail(QStringLiteral("%1: not an SQLite database; the file was left untouched").arg(path));
    }

    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty())
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, openError));

    const int stored = storedSchemaVersion();
    if (stored < 0)
        return fail(QStringLiteral("%1: not a readable SQLite database; the file was left untouched").arg(path));
    if (stored > SchemaVersion)
        return fail(QStringLiteral("%1: schema version %2 is newer than this build of Backoffice supports (%3); "
                                   "the file was left untouched, use a newer Backoffice")
                        .arg(path)
                        .arg(stored)
                        .arg(SchemaVersion));
    try {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        exec(QStringLiteral("PRAGMA cache_size = -65536"));
        migrate();
        AccountFigures::syncPersonalDomains(*this);
    } catch (const StorageError& e) {
        return fail(QStringLiteral("%1: %2").arg(path, e.message()));
    }
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::storedSchemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void Database::migrate()
{
    const int stored = storedSchemaVersion();
    const QList<QStringList> migrations = Schema::migrations();
    if (stored >= migrations.size())
        return;
    Transaction tx(*this);
    for (int version = stored; version < migrations.size(); ++version) {
        for (const QString& statement : migrations.at(version))
            exec(statement);
        // PRAGMA takes no bound parameters; the value is our own integer.
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
    }
    tx.commit();
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        throw StorageError(q.lastError().text() + QStringLiteral(" [") + sql.simplified() + QLatin1Char(']'));
    return q;
}

void Database::exec(QSqlQuery& query)
{
    if (!query.exec())
        throw StorageError(query.lastError().text());
}

QSqlQuery Database::exec(const QString& sql, std::initializer_list<Binding> bindings) const
{
    QSqlQuery q(connection());
    if (bindings.size() == 0) {
        if (!q.exec(sql))
            throw StorageError(q.lastError().text() + QStringLiteral(" [") + sql.simplified() + QLatin1Char(']'));
        return q;
    }
    q = prepare(sql);
    for (const Binding& b : bindings)
        q.bindValue(b.first, bindable(b.second));
    exec(q);
    return q;
}

QVariant Database::bindable(const QVariant& value)
{
    // Qt SQL binds a null QString as SQL NULL; an intended NULL here is a null QVariant.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

QVariant Database::scalar(const QString& sql, std::initializer_list<Binding> bindings) const
{
    QSqlQuery q = exec(sql, bindings);
    return q.next() ? q.value(0) : QVariant();
}

void Database::begin()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void Database::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Database::transact(QString* error, const std::function<bool()>& body)
{
    try {
        Transaction tx(*this);
        if (!body())
            return false;
        tx.commit();
        return true;
    } catch (const StorageError& e) {
        *error = e.message();
        return false;
    }
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}
