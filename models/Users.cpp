#include "Users.h"

#include "Database.h"
#include "PersonalDomains.h"
#include "Validation.h"

#include <QSqlQuery>

namespace Users {

qint64 ensure(const Database& db, const QString& email, qint64 createdAt, bool* created)
{
    if (created)
        *created = false;
    const QVariant existing =
        db.scalar(QStringLiteral("SELECT uid FROM users WHERE email = :email"), {{QStringLiteral(":email"), email}});
    if (existing.isValid())
        return existing.toLongLong();
    const QString domain = Validation::domainOfEmail(email);
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO users (email, domain, created_at, personal, excluded) "
                                         "VALUES (:email, :domain, :created, :personal, "
                                         "EXISTS (SELECT 1 FROM excluded_domains e WHERE :d1 = e.domain "
                                         "OR substr(:d2, -length(e.domain) - 1) = '.' || e.domain))"),
                          {{QStringLiteral(":email"), email},
                           {QStringLiteral(":domain"), domain},
                           {QStringLiteral(":created"), createdAt},
                           {QStringLiteral(":personal"), PersonalDomains::instance().contains(domain) ? 1 : 0},
                           {QStringLiteral(":d1"), domain},
                           {QStringLiteral(":d2"), domain}});
    if (created)
        *created = true;
    return q.lastInsertId().toLongLong();
}

void setRoles(const Database& db, qint64 accountRowId, qint64 userId, const QStringList& roles)
{
    db.exec(QStringLiteral("DELETE FROM membership_roles WHERE account = :account AND user = :user"),
            {{QStringLiteral(":account"), accountRowId}, {QStringLiteral(":user"), userId}});
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO membership_roles (account, user, role) VALUES (:account, :user, :role)"));
    for (const QString& role : roles) {
        insert.bindValue(QStringLiteral(":account"), accountRowId);
        insert.bindValue(QStringLiteral(":user"), userId);
        insert.bindValue(QStringLiteral(":role"), role);
        Database::exec(insert);
    }
}

} // namespace Users
