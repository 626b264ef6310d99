#pragma once

// Fixture helpers shared by the core tests: files in a temporary directory, an open database.

#include "Database.h"
#include "Importer.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace TestUtil {

inline QString writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Imports the given CSV texts (file name -> content) and fails the test on any error.
inline void importCsv(Database& db, const QString& dir, const QList<QPair<QString, QByteArray>>& files)
{
    QStringList paths;
    for (const auto& f : files)
        paths << writeFile(dir, f.first, f.second);
    Importer importer(db);
    if (!importer.importPaths(paths))
        QFAIL(qPrintable(importer.errors().join(QLatin1Char('\n'))));
}

// A text picture of everything an import may change, to prove that a failed one changed nothing.
inline QString snapshot(const Database& db, bool withAudit = true)
{
    QStringList out;
    const QStringList tables = {
        QStringLiteral("accounts"),         QStringLiteral("users"),     QStringLiteral("memberships"),
        QStringLiteral("membership_roles"), QStringLiteral("logins"),    QStringLiteral("account_days"),
        QStringLiteral("excluded_domains"), QStringLiteral("audit_log"), QStringLiteral("roles")};
    for (const QString& table : tables) {
        if (!withAudit && table == QLatin1String("audit_log"))
            continue;
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << table + QLatin1Char(':') + row.join(QLatin1Char('|'));
        }
    }
    out.sort();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace TestUtil
