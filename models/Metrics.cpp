#include "Metrics.h"

#include "Database.h"
#include "Instant.h"

#include <QMap>
#include <QSqlQuery>

#include <limits>

namespace Metrics {

qint64 newAccounts(const Database& db, qint64 from, qint64 to)
{
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL "
                               "AND created_at > :from AND created_at <= :to"),
                {{QStringLiteral(":from"), from}, {QStringLiteral(":to"), to}})
        .toLongLong();
}

qint64 activeAccounts(const Database& db, qint64 from, qint64 to)
{
    // An account whose last visit lies in the window is active; one whose last visit is at or
    // before its start is not. Only accounts with a login after the window's end (T in the past,
    // or future-dated data) need their days checked: account_days for the days strictly inside
    // the window, the logins themselves for the two edge days.
    const qint64 firstDay = Instant::dayOf(from + 1);
    const qint64 lastDay = Instant::dayOf(to);
    return db
        .scalar(
            QStringLiteral(
                "SELECT COUNT(*) FROM accounts a WHERE a.deleted_at IS NULL AND a.last_visit > :from AND ("
                " a.last_visit <= :to"
                " OR EXISTS (SELECT 1 FROM account_days d WHERE d.account = a.rid AND d.day > :first AND d.day < :last)"
                " OR EXISTS (SELECT 1 FROM logins l"
                "  JOIN memberships m ON m.account = l.account AND m.user = l.user"
                "  JOIN users u ON u.uid = l.user"
                "  WHERE l.account = a.rid AND l.at > :from2 AND l.at <= :to2 AND u.excluded = 0))"),
            {{QStringLiteral(":from"), from},
             {QStringLiteral(":to"), to},
             {QStringLiteral(":first"), firstDay},
             {QStringLiteral(":last"), lastDay},
             {QStringLiteral(":from2"), from},
             {QStringLiteral(":to2"), to}})
        .toLongLong();
}

double roundedAverage(qint64 sum, qint64 count)
{
    if (count <= 0)
        return 0.0;
    // Integer arithmetic, so that 1.005 rounds to 1.01 and not to a binary neighbour.
    const qint64 hundredths = (sum * 200 + count) / (2 * count);
    return static_cast<double>(hundredths) / 100.0;
}

qint64 companyDomainAccounts(const Database& db)
{
    return companyDomainAccountsAt(db, std::numeric_limits<qint64>::max());
}

Kpis kpis(const Database& db, qint64 now)
{
    Kpis k;
    k.asOf = now;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(users), 0) FROM accounts WHERE deleted_at IS NULL"));
    if (q.next()) {
        k.accounts = q.value(0).toLongLong();
        k.totalUsers = q.value(1).toLongLong();
    }
    k.averageUsersPerAccount = roundedAverage(k.totalUsers, k.accounts);
    k.newAccounts7d = newAccounts(db, now - Days7, now);
    k.newAccountsPrevious7d = newAccounts(db, now - 2 * Days7, now - Days7);
    k.activeAccounts30d = activeAccounts(db, now - Days30, now);
    k.activeAccountsPrevious30d = activeAccounts(db, now - 2 * Days30, now - Days30);
    k.companyDomainAccounts = companyDomainAccounts(db);
    return k;
}

QList<QPair<qint64, qint64>> activeAccountsPerDay(const Database& db, qint64 firstDay, qint64 lastDay)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT day, accounts FROM daily_active WHERE day BETWEEN :first AND :last"),
                          {{QStringLiteral(":first"), firstDay}, {QStringLiteral(":last"), lastDay}});
    QList<QPair<qint64, qint64>> series;
    series.reserve(lastDay - firstDay + 1);
    for (qint64 day = firstDay; day <= lastDay; ++day)
        series.append({day, 0});
    while (q.next())
        series[q.value(0).toLongLong() - firstDay].second = q.value(1).toLongLong();
    return series;
}

QList<qint64> newAccountsPerWeek(const Database& db, qint64 now, int weeks)
{
    QList<qint64> counts;
    for (int w = weeks - 1; w >= 0; --w)
        counts.append(newAccounts(db, now - (w + 1) * Days7, now - w * Days7));
    return counts;
}

namespace {

// Counts per week before `now` (index weeks-1 is the window ending at now) and the count before
// the first window, from a query returning (instant, count) pairs grouped by instant bucket.
struct Weekly
{
    qint64 base = 0;
    QList<qint64> counts;
};

Weekly weekly(QSqlQuery& q, int weeks)
{
    Weekly w;
    w.counts = QList<qint64>(weeks, 0);
    while (q.next()) {
        const qint64 ago = q.value(0).toLongLong(); // whole weeks before now
        const qint64 count = q.value(1).toLongLong();
        if (ago >= weeks)
            w.base += count;
        else if (ago >= 0)
            w.counts[weeks - 1 - ago] += count;
    }
    return w;
}

QList<qint64> cumulative(const Weekly& w)
{
    QList<qint64> out;
    qint64 running = w.base;
    for (qint64 c : w.counts) {
        running += c;
        out.append(running);
    }
    return out;
}

} // namespace

qint64 companyDomainAccountsAt(const Database& db, qint64 at)
{
    // accounts.company is kept by AccountFigures: primary user neither excluded nor personal.
    return db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL AND company = 1 "
                               "AND created_at <= :at"),
                {{QStringLiteral(":at"), at}})
        .toLongLong();
}

QList<double> averageUsersDaysAgo(const Database& db, qint64 now, const QList<int>& daysAgo)
{
    // Counts by whole days before now; the value as of now - k days counts the buckets >= k.
    const auto byDaysAgo = [&](const QString& sql) {
        QSqlQuery q = db.exec(sql.arg(Instant::DayMs), {{QStringLiteral(":now"), now}, {QStringLiteral(":now2"), now}});
        QMap<qint64, qint64> counts;
        while (q.next())
            counts[q.value(0).toLongLong()] += q.value(1).toLongLong();
        return counts;
    };
    const QMap<qint64, qint64> members = byDaysAgo(QStringLiteral(
        "SELECT (:now - MAX(m.joined_at, a.created_at)) / %1 AS ago, COUNT(*) FROM memberships m "
        "JOIN users u ON u.uid = m.user JOIN accounts a ON a.rid = m.account "
        "WHERE u.excluded = 0 AND a.deleted_at IS NULL AND MAX(m.joined_at, a.created_at) <= :now2 GROUP BY ago"));
    const QMap<qint64, qint64> accounts =
        byDaysAgo(QStringLiteral("SELECT (:now - created_at) / %1 AS ago, COUNT(*) FROM accounts "
                                 "WHERE deleted_at IS NULL AND created_at <= :now2 GROUP BY ago"));
    const auto asOf = [](const QMap<qint64, qint64>& counts, int k) {
        qint64 total = 0;
        for (auto it = counts.lowerBound(k); it != counts.cend(); ++it)
            total += it.value();
        return total;
    };
    QList<double> out;
    for (int k : daysAgo)
        out.append(roundedAverage(asOf(members, k), asOf(accounts, k)));
    return out;
}

QList<qint64> companyDomainAccountsPerWeek(const Database& db, qint64 now, int weeks)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT (:now - created_at) / %1 AS ago, COUNT(*) FROM accounts "
                               "WHERE deleted_at IS NULL AND company = 1 AND created_at <= :now2 GROUP BY ago")
                    .arg(Days7),
                {{QStringLiteral(":now"), now}, {QStringLiteral(":now2"), now}});
    return cumulative(weekly(q, weeks));
}

QList<QPair<QString, qint64>> dailyVisitsDistribution(const Database& db)
{
    static const QList<QPair<qint64, QString>> buckets = {
        {0, QStringLiteral("0")},         {9, QStringLiteral("1–9")},
        {49, QStringLiteral("10–49")},    {99, QStringLiteral("50–99")},
        {199, QStringLiteral("100–199")}, {std::numeric_limits<qint64>::max(), QStringLiteral("200+")}};
    QList<QPair<QString, qint64>> out;
    for (const auto& b : buckets)
        out.append({b.second, 0});
    QSqlQuery q = db.exec(QStringLiteral("SELECT daily_visits, COUNT(*) FROM accounts WHERE deleted_at IS NULL "
                                         "GROUP BY daily_visits"));
    while (q.next()) {
        const qint64 visits = q.value(0).toLongLong();
        for (int i = 0; i < buckets.size(); ++i) {
            if (visits <= buckets.at(i).first) {
                out[i].second += q.value(1).toLongLong();
                break;
            }
        }
    }
    return out;
}

} // namespace Metrics
