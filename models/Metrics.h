#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Database;

// The KPI figures of shared/spec/metrics.md, computed at an instant T.
struct Kpis
{
    qint64 asOf = 0;
    qint64 accounts = 0;
    qint64 newAccounts7d = 0;
    qint64 activeAccounts30d = 0;
    qint64 totalUsers = 0;               // the sum of `users` over the accounts
    double averageUsersPerAccount = 0.0; // rounded to 2 decimals
    qint64 companyDomainAccounts = 0;

    // The same windows one period earlier, for the cards' deltas.
    qint64 newAccountsPrevious7d = 0;
    qint64 activeAccountsPrevious30d = 0;
};

// One implementation of every figure, shared by the CLI, the GUI and the exports.
namespace Metrics {

constexpr qint64 Days7 = 7 * 24 * 3600 * 1000LL;
constexpr qint64 Days30 = 30 * 24 * 3600 * 1000LL;

Kpis kpis(const Database& db, qint64 now);

// Accounts (not in the trash) created in the half-open window (from, to].
qint64 newAccounts(const Database& db, qint64 from, qint64 to);
// Accounts with at least one login of a counted member in (from, to].
qint64 activeAccounts(const Database& db, qint64 from, qint64 to);
// The figure `average_users_per_account`: sum / count rounded half up to 2 decimals; 0 without accounts.
double roundedAverage(qint64 sum, qint64 count);
qint64 companyDomainAccounts(const Database& db);

// Per-day series for the charts: (UTC day, value) for each day in [firstDay, lastDay].
QList<QPair<qint64, qint64>> activeAccountsPerDay(const Database& db, qint64 firstDay, qint64 lastDay);
// Accounts created per week: the value for each of `weeks` windows of 7×24h ending at `now`.
QList<qint64> newAccountsPerWeek(const Database& db, qint64 now, int weeks);

// The KPI values as of an earlier instant, for the cards that are not windows: members who had
// joined and accounts that had been created by then (today's exclusions and primary users).
qint64 companyDomainAccountsAt(const Database& db, qint64 at);
// The same as weekly series: the value at the end of each of `weeks` 7-day windows ending at now.
// `average_users_per_account` as of `now - k days` for each k of `daysAgo`, from one grouped scan.
QList<double> averageUsersDaysAgo(const Database& db, qint64 now, const QList<int>& daysAgo);
QList<qint64> companyDomainAccountsPerWeek(const Database& db, qint64 now, int weeks);

// Accounts by daily visits, in buckets labelled "0", "1–9", "10–49", "50–99", "100–199", "200+".
QList<QPair<QString, qint64>> dailyVisitsDistribution(const Database& db);

} // namespace Metrics
