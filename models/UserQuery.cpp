#include "UserQuery.h"

#include <QSqlQuery>

QStringList UserQuery::exportHeader()
{
    return {QStringLiteral("email"),      QStringLiteral("name"),     QStringLiteral("created_at"),
            QStringLiteral("last_login"), QStringLiteral("accounts"), QStringLiteral("roles")};
}

QString UserQuery::whereSql() const
{
    QStringList where{QStringLiteral("1")};
    if (!includeExcluded)
        where << QStringLiteral("u.excluded = 0");
    if (accountRowId >= 0)
        where << QStringLiteral("u.uid IN (SELECT user FROM memberships WHERE account = :rid)");
    if (!search.isEmpty())
        where << QStringLiteral("(instr(u.email, :search) > 0 OR instr(lower(u.name), :search_name) > 0)");
    return where.join(QStringLiteral(" AND "));
}

QString UserQuery::columnsSql() const
{
    const QString roleFilter = accountRowId >= 0 ? QStringLiteral(" AND r.account = :rid_roles") : QString();
    return QStringLiteral("u.email, u.name, u.created_at, u.last_login,"
                          " (SELECT group_concat(id, ';') FROM (SELECT a.id FROM memberships m JOIN accounts a ON "
                          "a.rid = m.account"
                          "   WHERE m.user = u.uid AND a.deleted_at IS NULL ORDER BY a.id)),"
                          " (SELECT group_concat(role, ';') FROM (SELECT DISTINCT r.role FROM membership_roles r"
                          "   JOIN accounts a ON a.rid = r.account WHERE r.user = u.uid AND a.deleted_at IS NULL%1 "
                          "ORDER BY r.role)),"
                          " u.excluded, u.uid")
        .arg(roleFilter);
}

QString UserQuery::selectSql() const
{
    return QStringLiteral("SELECT %1 FROM users u WHERE %2 ORDER BY %3").arg(columnsSql(), whereSql(), orderSql());
}

QString UserQuery::pageSql() const
{
    return QStringLiteral(
               "SELECT %1 FROM (SELECT u.uid FROM users u WHERE %2 ORDER BY %3 LIMIT :limit OFFSET :offset) p "
               "JOIN users u ON u.uid = p.uid ORDER BY %3")
        .arg(columnsSql(), whereSql(), orderSql());
}

bool UserQuery::isSortable(UserColumn column)
{
    return column == UserColumn::Email || column == UserColumn::Name || column == UserColumn::CreatedAt ||
           column == UserColumn::LastLogin;
}

QString UserQuery::orderSql() const
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (sortColumn) {
    case UserColumn::Name:
        return QStringLiteral("lower(u.name)%1, u.email").arg(dir);
    case UserColumn::CreatedAt:
        return QStringLiteral("u.created_at%1, u.email").arg(dir);
    case UserColumn::LastLogin:
        return QStringLiteral("u.last_login IS NULL, u.last_login%1, u.email").arg(dir);
    default:
        return QStringLiteral("u.email") + dir;
    }
}

QString UserQuery::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM users u WHERE %1").arg(whereSql());
}

void UserQuery::bind(QSqlQuery& query) const
{
    if (accountRowId >= 0) {
        query.bindValue(QStringLiteral(":rid"), accountRowId);
        if (query.lastQuery().contains(QLatin1String(":rid_roles")))
            query.bindValue(QStringLiteral(":rid_roles"), accountRowId);
    }
    if (!search.isEmpty()) {
        query.bindValue(QStringLiteral(":search"), search.toLower());
        query.bindValue(QStringLiteral(":search_name"), search.toLower());
    }
}
