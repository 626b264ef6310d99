#include "AccountQuery.h"

#include <QSqlQuery>

QString AccountQuery::columnKey(AccountColumn column)
{
    switch (column) {
    case AccountColumn::Id:
        return QStringLiteral("id");
    case AccountColumn::Name:
        return QStringLiteral("name");
    case AccountColumn::CreatedAt:
        return QStringLiteral("created_at");
    case AccountColumn::LastVisit:
        return QStringLiteral("last_visit");
    case AccountColumn::DailyVisits:
        return QStringLiteral("daily_visits");
    case AccountColumn::Users:
        return QStringLiteral("users");
    case AccountColumn::PrimaryEmail:
        return QStringLiteral("primary_email");
    case AccountColumn::Count:
        break;
    }
    return {};
}

std::optional<AccountColumn> AccountQuery::columnFromKey(const QString& key)
{
    for (int c = 0; c < static_cast<int>(AccountColumn::Count); ++c) {
        if (columnKey(static_cast<AccountColumn>(c)) == key)
            return static_cast<AccountColumn>(c);
    }
    return std::nullopt;
}

QStringList AccountQuery::exportHeader()
{
    QStringList header;
    for (int c = 0; c < static_cast<int>(AccountColumn::Count); ++c)
        header << columnKey(static_cast<AccountColumn>(c));
    return header;
}

QString AccountQuery::setSort(const QString& spec)
{
    const QString key = spec.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    const QString direction =
        spec.contains(QLatin1Char(':')) ? spec.section(QLatin1Char(':'), 1).trimmed().toLower() : QStringLiteral("asc");
    const std::optional<AccountColumn> column = columnFromKey(key);
    if (!column || *column == AccountColumn::PrimaryEmail)
        return QStringLiteral("cannot sort by \"%1\"; use one of id, name, created_at, last_visit, daily_visits, users")
            .arg(key);
    if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
        return QStringLiteral("unknown sort direction \"%1\"; use asc or desc").arg(direction);
    sortColumn = *column;
    descending = direction == QLatin1String("desc");
    return {};
}

QString AccountQuery::whereSql() const
{
    QString where = QStringLiteral("a.deleted_at IS NULL");
    if (!search.isEmpty())
        where += QStringLiteral(" AND (instr(a.name_key, :search) > 0 OR instr(lower(a.id), :search_id) > 0)");
    return where;
}

QString AccountQuery::orderSql() const
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (sortColumn) {
    case AccountColumn::Id:
        return QStringLiteral("a.id") + dir;
    case AccountColumn::Name:
        return QStringLiteral("a.name_key%1, a.id").arg(dir);
    case AccountColumn::CreatedAt:
        return QStringLiteral("a.created_at%1, a.id").arg(dir);
    case AccountColumn::LastVisit:
        return QStringLiteral("a.last_visit IS NULL, a.last_visit%1, a.id").arg(dir);
    case AccountColumn::DailyVisits:
        return QStringLiteral("a.daily_visits%1, a.id").arg(dir);
    case AccountColumn::Users:
        return QStringLiteral("a.users%1, a.id").arg(dir);
    case AccountColumn::PrimaryEmail:
    case AccountColumn::Count:
        break;
    }
    return QStringLiteral("a.name_key, a.id");
}

QString AccountQuery::selectSql() const
{
    return QStringLiteral("SELECT a.id, a.name, a.created_at, a.last_visit, a.daily_visits, a.users, u.email, a.rid "
                          "FROM accounts a LEFT JOIN users u ON u.uid = a.primary_user WHERE %1 ORDER BY %2")
        .arg(whereSql(), orderSql());
}

QString AccountQuery::pageSql() const
{
    return QStringLiteral("SELECT a.id, a.name, a.created_at, a.last_visit, a.daily_visits, a.users, u.email, a.rid "
                          "FROM (SELECT a.rid FROM accounts a WHERE %1 ORDER BY %2 LIMIT :limit OFFSET :offset) p "
                          "JOIN accounts a ON a.rid = p.rid LEFT JOIN users u ON u.uid = a.primary_user ORDER BY %2")
        .arg(whereSql(), orderSql());
}

QString AccountQuery::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE %1").arg(whereSql());
}

void AccountQuery::bind(QSqlQuery& query) const
{
    if (!search.isEmpty()) {
        query.bindValue(QStringLiteral(":search"), search.toCaseFolded());
        query.bindValue(QStringLiteral(":search_id"), search.toLower());
    }
}
