// Measures what must stay fluid at scale: 1,000,000 accounts by default. Not a test (timings
// depend on the machine); run it by hand: build/tests/bench_scale [ACCOUNTS] [LOGINS_PER_ACCOUNT].

#include "AccountFigures.h"
#include "AccountTableModel.h"
#include "Clock.h"
#include "Database.h"
#include "ExcludedDomains.h"
#include "Instant.h"
#include "Metrics.h"
#include "UserTableModel.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

static QTextStream out(stdout);

static void timed(const QString& what, const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    out << QStringLiteral("%1 ms  %2").arg(timer.elapsed(), 8).arg(what) << Qt::endl;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000000;
    const int loginsPerAccount = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5;
    const qint64 now = *Instant::parse(QStringLiteral("2026-12-01T12:00:00Z"));
    Clock::setFixed(now);
    QTemporaryDir dir;
    Workspace workspace(dir.path());
    if (!workspace.open(Environment::Development)) {
        out << workspace.errorString() << Qt::endl;
        return 1;
    }
    Database& db = workspace.database();
    out << "accounts: " << accounts << ", logins: " << qint64(accounts) * loginsPerAccount << Qt::endl;

    timed(QStringLiteral("generate accounts, users, memberships, logins (SQL)"), [&] {
        Transaction tx(db);
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :count) "
                               "INSERT INTO users (uid, email, domain, name, created_at) "
                               "SELECT i + 1, 'user' || i || '@' || CASE WHEN i % 4 = 0 THEN 'gmail.com' ELSE 'corp' "
                               "|| (i % 5000) || '.com' END, "
                               "CASE WHEN i % 4 = 0 THEN 'gmail.com' ELSE 'corp' || (i % 5000) || '.com' END, 'User ' "
                               "|| i, :now - i * 1000 FROM n"),
                {{QStringLiteral(":count"), accounts}, {QStringLiteral(":now"), now}});
        db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :count) "
                               "INSERT INTO accounts (rid, id, name, name_key, created_at) "
                               "SELECT i + 1, printf('acct-%08d', i), 'Company ' || (i * 7919 % :count2), "
                               "lower('Company ' || (i * 7919 % :count3)), :now - (i % 730) * 86400000 FROM n"),
                {{QStringLiteral(":count"), accounts},
                 {QStringLiteral(":count2"), accounts},
                 {QStringLiteral(":count3"), accounts},
                 {QStringLiteral(":now"), now}});
        db.exec(QStringLiteral("UPDATE users SET personal = 1 WHERE domain = 'gmail.com'"));
        db.exec(QStringLiteral("INSERT INTO memberships (account, user, joined_at, is_primary) "
                               "SELECT rid, rid, created_at, 1 FROM accounts"));
        db.exec(QStringLiteral(
            "INSERT INTO membership_roles (account, user, role) SELECT rid, rid, 'admin' FROM accounts"));
        db.exec(
            QStringLiteral("WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j + 1 < :per) "
                           "INSERT INTO logins (account, user, at) "
                           "SELECT a.rid, a.rid, :now - ((a.rid * 31 + k.j * 977) % 400) * 86400000 - k.j * 3600000 "
                           "FROM accounts a, k WHERE a.rid % 3 <> 0"),
            {{QStringLiteral(":per"), loginsPerAccount}, {QStringLiteral(":now"), now}});
        tx.commit();
    });
    timed(QStringLiteral("refresh the figures of every account"), [&] {
        Transaction tx(db);
        AccountFigures::prepare(db);
        db.exec(QStringLiteral("INSERT INTO temp.touched_accounts SELECT rid FROM accounts"));
        AccountFigures::refresh(db);
        tx.commit();
    });
    db.exec(QStringLiteral("ANALYZE"));

    Kpis k;
    timed(QStringLiteral("kpis"), [&] { k = Metrics::kpis(db, now); });
    timed(QStringLiteral("  of which count and sum"), [&] {
        db.scalar(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(users), 0) FROM accounts WHERE deleted_at IS NULL"));
    });
    timed(QStringLiteral("  of which new accounts, twice"), [&] {
        Metrics::newAccounts(db, now - Metrics::Days7, now);
        Metrics::newAccounts(db, now - 2 * Metrics::Days7, now - Metrics::Days7);
    });
    timed(QStringLiteral("  of which active 30 days"),
          [&] { Metrics::activeAccounts(db, now - Metrics::Days30, now); });
    timed(QStringLiteral("  of which active previous 30 days"),
          [&] { Metrics::activeAccounts(db, now - 2 * Metrics::Days30, now - Metrics::Days30); });
    timed(QStringLiteral("  of which company domains"), [&] { Metrics::companyDomainAccounts(db); });
    timed(QStringLiteral("dashboard: users per account, 12 weeks and 30 days ago"), [&] {
        Metrics::averageUsersDaysAgo(db, now, {77, 70, 63, 56, 49, 42, 35, 28, 21, 14, 7, 0, 30});
    });
    timed(QStringLiteral("dashboard: active per day, 365 days"),
          [&] { Metrics::activeAccountsPerDay(db, Instant::dayOf(now) - 364, Instant::dayOf(now)); });
    timed(QStringLiteral("dashboard: daily visits distribution"), [&] { Metrics::dailyVisitsDistribution(db); });
    out << "  accounts " << k.accounts << ", active 30d " << k.activeAccounts30d << ", company "
        << k.companyDomainAccounts << Qt::endl;

    AccountTableModel model(&workspace);
    timed(QStringLiteral("table: count"), [&] { model.reload(); });
    const int last = model.rowCount() - 1;
    const QList<QPair<int, QString>> columns = {{AccountTableModel::Name, QStringLiteral("name")},
                                                {AccountTableModel::Id, QStringLiteral("id")},
                                                {AccountTableModel::Created, QStringLiteral("created")},
                                                {AccountTableModel::LastVisit, QStringLiteral("last visit")},
                                                {AccountTableModel::DailyVisits, QStringLiteral("daily visits")},
                                                {AccountTableModel::Users, QStringLiteral("users")}};
    for (const auto& c : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString dir = order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc");
            timed(QStringLiteral("sort by %1 %2: first page").arg(c.second, dir), [&] {
                model.sort(c.first, order);
                model.index(0, 0).data();
            });
            timed(QStringLiteral("sort by %1 %2: middle page").arg(c.second, dir),
                  [&] { model.index(last / 2, 0).data(); });
            timed(QStringLiteral("sort by %1 %2: last page").arg(c.second, dir), [&] { model.index(last, 0).data(); });
        }
    }
    UserTableModel users(&workspace);
    timed(QStringLiteral("users: count"), [&] { users.reload(); });
    const int lastUser = users.rowCount() - 1;
    for (const auto& c : QList<QPair<int, QString>>{{UserTableModel::Email, QStringLiteral("email")},
                                                    {UserTableModel::Name, QStringLiteral("name")},
                                                    {UserTableModel::Created, QStringLiteral("created")},
                                                    {UserTableModel::LastLogin, QStringLiteral("last login")}}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timed(QStringLiteral("users by %1 %2: first and last page")
                      .arg(c.second, order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                  [&] {
                      users.sort(c.first, order);
                      users.index(0, 0).data();
                      users.index(lastUser, 0).data();
                  });
        }
    }
    timed(QStringLiteral("search \"company 12\": count and first page"), [&] {
        model.setSearch(QStringLiteral("company 12"));
        model.index(0, 0).data();
    });
    out << "  matches " << model.rowCount() << Qt::endl;
    model.setSearch(QString());
    QString error;
    timed(QStringLiteral("exclude corp1.com (and its figures)"),
          [&] { ExcludedDomains::add(db, {QStringLiteral("corp1.com")}, &error); });
    timed(QStringLiteral("exclude gmail.com (a quarter of all users)"),
          [&] { ExcludedDomains::add(db, {QStringLiteral("gmail.com")}, &error); });
    timed(QStringLiteral("kpis after exclusions"), [&] { k = Metrics::kpis(db, now); });
    return 0;
}
