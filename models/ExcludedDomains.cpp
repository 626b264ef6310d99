#include "ExcludedDomains.h"

#include "AccountFigures.h"
#include "AuditLog.h"
#include "Database.h"
#include "Validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace ExcludedDomains {

QStringList list(const Database& db)
{
    QStringList domains;
    QSqlQuery q = db.exec(QStringLiteral("SELECT domain FROM excluded_domains ORDER BY domain"));
    while (q.next())
        domains << q.value(0).toString();
    return domains;
}

QString normalize(const QString& input, QString* domain)
{
    QString d = input.trimmed().toLower();
    if (d.startsWith(QLatin1Char('@')))
        d.remove(0, 1);
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    const QString reason = Validation::domain(d);
    if (!reason.isEmpty())
        return QStringLiteral("\"%1\": %2").arg(input.trimmed(), reason);
    *domain = d;
    return {};
}

static bool change(Database& db, const QStringList& input, bool adding, QString* error, QStringList* changed)
{
    QStringList domains;
    for (const QString& raw : input) {
        QString d;
        const QString reason = normalize(raw, &d);
        if (!reason.isEmpty()) {
            *error = reason;
            return false;
        }
        if (!domains.contains(d))
            domains << d;
    }
    try {
        Transaction tx(db);
        const QStringList before = list(db);
        QStringList done;
        for (const QString& d : std::as_const(domains)) {
            if (adding == before.contains(d)) {
                if (!adding) {
                    *error = QStringLiteral("\"%1\" is not an excluded domain").arg(d);
                    return false;
                }
                continue;
            }
            db.exec(adding ? QStringLiteral("INSERT INTO excluded_domains (domain) VALUES (:d)")
                           : QStringLiteral("DELETE FROM excluded_domains WHERE domain = :d"),
                    {{QStringLiteral(":d"), d}});
            done << d;
        }
        if (!done.isEmpty()) {
            AccountFigures::prepare(db);
            AccountFigures::reapplyExcludedDomains(db);
            AccountFigures::refresh(db);
            AuditLog::record(
                db, {adding ? QStringLiteral("excluded-domains.add") : QStringLiteral("excluded-domains.remove"),
                     QStringLiteral("environment"), done.join(QStringLiteral(", ")), QString(),
                     QJsonArray::fromStringList(before), QJsonArray::fromStringList(list(db))});
        }
        tx.commit();
        if (changed)
            *changed = done;
        return true;
    } catch (const StorageError& e) {
        *error = e.message();
        return false;
    }
}

bool add(Database& db, const QStringList& domains, QString* error, QStringList* changed)
{
    return change(db, domains, true, error, changed);
}

bool remove(Database& db, const QStringList& domains, QString* error, QStringList* changed)
{
    return change(db, domains, false, error, changed);
}

} // namespace ExcludedDomains
