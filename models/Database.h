#pragma once

#include "Environment.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <stdexcept>
#include <utility>

// Raised inside models/ when a statement fails; public operations catch it, roll back and
// report its message through their errorString().
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

using Binding = std::pair<QString, QVariant>;

// One environment's SQLite file: opens it (refusing files that are not SQLite or are newer than
// this build), applies the schema migrations in a transaction, and runs bound statements.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static constexpr int SchemaVersion = 3;

    bool open(const QString& path);
    bool openEnvironment(const QString& dataDir, Environment env);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    Environment environment() const { return m_environment; }
    QSqlDatabase connection() const;

    // Throwing helpers for code in models/; every value is bound, never spliced into the SQL.
    QSqlQuery prepare(const QString& sql) const;
    static void exec(QSqlQuery& query);
    QSqlQuery exec(const QString& sql, std::initializer_list<Binding> bindings = {}) const;
    QVariant scalar(const QString& sql, std::initializer_list<Binding> bindings = {}) const;
    // A value ready to bind: text columns are NOT NULL, so a null QString becomes ''; a null
    // QVariant (e.g. QVariant(QMetaType::fromType<qint64>())) stays SQL NULL.
    static QVariant bindable(const QVariant& value);

    void begin();
    void commit();
    void rollback();

    // Runs `body` in one transaction: commits when it returns true, rolls back when it returns
    // false or a statement fails (the failure's message goes to `error`).
    bool transact(QString* error, const std::function<bool()>& body);

    // The schema version stored in the file (`PRAGMA user_version`), or -1 when unreadable.
    int storedSchemaVersion() const;

private:
    void migrate();
    bool fail(const QString& message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Environment m_environment = Environment::Development;
};

// Rolls back unless committed: every write of models/ runs inside one.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// The OS user name, recorded as "who" in the audit log.
QString currentActor();
