#pragma once

#include <QString>
#include <QStringList>

class QSqlQuery;

enum class UserColumn
{
    Email,
    Name,
    CreatedAt,
    LastLogin,
    Accounts,
    Roles,
    Count
};

// What the users list shows: optionally one account's members, excluded users hidden unless
// asked for, a search on email or name; ordered by email. Shared by the CLI, the GUI and exports.
struct UserQuery
{
    qint64 accountRowId = -1; // only the members of this account; -1: everyone
    bool includeExcluded = false;
    QString search;
    UserColumn sortColumn = UserColumn::Email; // email, name, created_at or last_login
    bool descending = false;

    static QStringList exportHeader(); // email,name,created_at,last_login,accounts,roles

    // Columns follow UserColumn, then `excluded`, then the uid.
    QString selectSql() const;
    QString pageSql() const; // one page, `:limit` rows from `:offset`; accounts and roles for those rows only
    QString countSql() const;
    void bind(QSqlQuery& query) const;

    static bool isSortable(UserColumn column);

private:
    QString whereSql() const;
    QString columnsSql() const;
    QString orderSql() const;
};
