#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

// The columns of the accounts list and its export, in export order.
enum class AccountColumn
{
    Id,
    Name,
    CreatedAt,
    LastVisit,
    DailyVisits,
    Users,
    PrimaryEmail,
    Count
};

// What the accounts list shows: search and sort, turned into SQL with the order rules of
// shared/spec/cli.md (names case-insensitive, ties by ID, accounts without a visit last in both
// directions). Shared by the CLI export, the GUI table and the GUI export.
struct AccountQuery
{
    AccountColumn sortColumn = AccountColumn::Name;
    bool descending = false;
    QString search;

    static QString columnKey(AccountColumn column); // "last_visit"
    static std::optional<AccountColumn> columnFromKey(const QString& key);
    static QStringList exportHeader();
    // Parses `COL[:asc|desc]`; primary_email is not sortable. Returns an error message or empty.
    QString setSort(const QString& spec);

    // `SELECT ... FROM accounts a ... WHERE ... ORDER BY ...` with `:search` bound by bind().
    // The selected columns follow AccountColumn, then the rowid.
    QString selectSql() const;
    // One page (`:limit` rows from `:offset`) of selectSql(): the offset walks the sort index of
    // the accounts alone, and only the page's rows are joined to their primary user.
    QString pageSql() const;
    QString countSql() const;
    void bind(QSqlQuery& query) const;

private:
    QString whereSql() const;
    QString orderSql() const;
};
