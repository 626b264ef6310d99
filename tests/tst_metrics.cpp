#include "AccountFigures.h"
#include "AccountQuery.h"
#include "Clock.h"
#include "CsvExport.h"
#include "ExcludedDomains.h"
#include "Instant.h"
#include "Metrics.h"
#include "PersonalDomains.h"
#include "TestUtil.h"

#include <QBuffer>
#include <QTest>

// Every figure of shared/spec/metrics.md on a hand-made fixture, with its edges.
class TestMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_now = 0;

    struct Row
    {
        QString lastVisit;
        qint64 dailyVisits;
        qint64 users;
        QString primary;
    };

    Row row(const QString& id)
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.last_visit, a.daily_visits, a.users, u.email FROM accounts a "
                                               "LEFT JOIN users u ON u.uid = a.primary_user WHERE a.id = :id"),
                                {{QStringLiteral(":id"), id}});
        if (!q.next())
            return {};
        return {q.value(0).isNull() ? QString() : Instant::format(q.value(0).toLongLong()), q.value(1).toLongLong(),
                q.value(2).toLongLong(), q.value(3).toString()};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("m.sqlite"))));
        m_now = *Instant::parse(QStringLiteral("2026-12-01T12:00:00Z"));
        Clock::setFixed(m_now);
        TestUtil::importCsv(m_db, m_dir.path(),
                            {{QStringLiteral("accounts.csv"), "id,name,created_at\n"
                                                              "a1,Alpha,2026-11-24T12:00:01Z\n" // inside 7 days
                                                              "a2,beta,2026-11-24T12:00:00Z\n"  // the excluded edge
                                                              "a3,Gamma,2026-12-01T12:00:00Z\n" // exactly T
                                                              "a4,Delta,2026-12-02T00:00:00Z\n" // after T
                                                              "a5,Trashed,2026-11-30\n"},
                             {QStringLiteral("memberships.csv"),
                              "account_id,email,joined_at,primary\n"
                              "a1,bob@gmail.com,2026-01-01,\n"
                              "a1,alice@acme.io,2026-06-01,true\n" // marked primary though not the earliest
                              "a1,carol@qa.test.io,2026-01-01,\n"
                              "a2,erin@beta.com,2026-01-01,\n"
                              "a2,dan@gmail.com,2026-01-01,\n" // tie on joined_at: dan < erin by email
                              "a4,Frank@Delta.COM,2026-03-01,\n"
                              "a5,gina@trash.com,2026-03-01,\n"},
                             {QStringLiteral("logins.csv"),
                              "account_id,email,at\n"
                              "a1,alice@acme.io,2026-11-01T12:00:00Z\n"      // exactly T-30d: outside
                              "a1,alice@acme.io,2026-11-01T23:30:00-02:00\n" // 2026-11-02T01:30Z
                              "a1,alice@acme.io,2026-11-02T05:00:00Z\n"      // same UTC day: counted once
                              "a1,carol@qa.test.io,2026-11-20T10:00:00Z\n"
                              "a2,erin@beta.com,2026-11-01T12:00:00Z\n" // the excluded edge
                              "a2,dan@gmail.com,2026-12-01T12:00:01Z\n" // after T: last_visit only
                              "a4,frank@delta.com,2026-12-01T11:59:59Z\n"
                              "a5,gina@trash.com,2026-11-30T10:00:00Z\n"}});
        // Into the trash, as the trash will do it: mark, then refresh the account's figures.
        m_db.exec(QStringLiteral("UPDATE accounts SET deleted_at = 1 WHERE id = 'a5'"));
        AccountFigures::prepare(m_db);
        m_db.exec(QStringLiteral("INSERT INTO temp.touched_accounts SELECT rid FROM accounts WHERE id = 'a5'"));
        AccountFigures::refresh(m_db);
    }

    void cleanup()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")));
        Clock::reset();
    }

    void perAccountFigures()
    {
        const Row a1 = row(QStringLiteral("a1"));
        QCOMPARE(a1.lastVisit, QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(a1.dailyVisits, 3); // 11-01, 11-02 (twice), 11-20
        QCOMPARE(a1.users, 3);
        QCOMPARE(a1.primary, QStringLiteral("alice@acme.io"));

        const Row a2 = row(QStringLiteral("a2"));
        QCOMPARE(a2.lastVisit, QStringLiteral("2026-12-01T12:00:01Z")); // every login, even after T
        QCOMPARE(a2.dailyVisits, 2);
        QCOMPARE(a2.primary, QStringLiteral("dan@gmail.com"));

        const Row a3 = row(QStringLiteral("a3"));
        QCOMPARE(a3.lastVisit, QString());
        QCOMPARE(a3.dailyVisits, 0);
        QCOMPARE(a3.users, 0);
        QCOMPARE(a3.primary, QString());

        QCOMPARE(row(QStringLiteral("a4")).primary, QStringLiteral("frank@delta.com")); // stored lower-case
    }

    void kpis()
    {
        const Kpis k = Metrics::kpis(m_db, m_now);
        QCOMPARE(k.accounts, 4);          // a5 is in the trash
        QCOMPARE(k.newAccounts7d, 2);     // a1 and a3; a2 on the open edge, a4 after T
        QCOMPARE(k.activeAccounts30d, 2); // a1 (11-02) and a4; a2 only on the edge and after T
        QCOMPARE(k.totalUsers, 6);
        QCOMPARE(k.averageUsersPerAccount, 1.5);
        QCOMPARE(k.companyDomainAccounts, 2); // alice@acme.io, frank@delta.com; dan is on gmail
        // (T-60d, T-30d] holds its end instant: alice (a1) and erin (a2) at 2026-11-01T12:00Z.
        QCOMPARE(k.activeAccountsPrevious30d, 2);
    }

    void excludedDomainsChangeEveryUserFigure()
    {
        QString error;
        QVERIFY(ExcludedDomains::add(m_db, {QStringLiteral("TEST.io")}, &error)); // excludes qa.test.io
        const Row a1 = row(QStringLiteral("a1"));
        QCOMPARE(a1.users, 2);
        QCOMPARE(a1.dailyVisits, 2);
        QCOMPARE(a1.lastVisit, QStringLiteral("2026-11-02T05:00:00Z"));
        QCOMPARE(Metrics::kpis(m_db, m_now).averageUsersPerAccount, 1.25);

        QVERIFY(ExcludedDomains::add(m_db, {QStringLiteral("delta.com")}, &error));
        Kpis k = Metrics::kpis(m_db, m_now);
        QCOMPARE(k.companyDomainAccounts, 1);
        QCOMPARE(k.activeAccounts30d, 1);
        QCOMPARE(k.accounts, 4);                                                        // accounts never vanish
        QCOMPARE(row(QStringLiteral("a4")).primary, QStringLiteral("frank@delta.com")); // the primary stays

        QVERIFY(ExcludedDomains::remove(m_db, {QStringLiteral("test.io"), QStringLiteral("delta.com")}, &error));
        k = Metrics::kpis(m_db, m_now);
        QCOMPARE(k.companyDomainAccounts, 2);
        QCOMPARE(row(QStringLiteral("a1")).dailyVisits, 3);
    }

    void excludedDomainMatchesWholeLabelsOnly()
    {
        QString error;
        QVERIFY(ExcludedDomains::add(m_db, {QStringLiteral("cme.io")}, &error)); // not acme.io
        QCOMPARE(row(QStringLiteral("a1")).users, 3);
        QVERIFY(ExcludedDomains::add(m_db, {QStringLiteral("ACME.IO")}, &error)); // any case
        QCOMPARE(row(QStringLiteral("a1")).users, 2);                             // alice@acme.io no longer counts
    }

    void badExcludedDomainsChangeNothing()
    {
        QString error;
        QVERIFY(!ExcludedDomains::add(m_db, {QStringLiteral("ok.io"), QStringLiteral("not a domain")}, &error));
        QVERIFY(error.contains(QLatin1String("not a domain")));
        QVERIFY(ExcludedDomains::list(m_db).isEmpty());
        QVERIFY(!ExcludedDomains::remove(m_db, {QStringLiteral("absent.io")}, &error));
        QVERIFY(error.contains(QLatin1String("absent.io")));
    }

    void windowsAreHalfOpen()
    {
        QCOMPARE(Metrics::newAccounts(m_db, m_now - Metrics::Days7, m_now), 2);
        // Moving T one millisecond back drops a3 (created exactly at T) and takes in a2.
        QCOMPARE(Metrics::newAccounts(m_db, m_now - 1 - Metrics::Days7, m_now - 1), 2);
        QCOMPARE(Metrics::newAccounts(m_db, m_now - Metrics::Days7, m_now - 1), 1);
        // Including the edge instant T-30d makes a1 (alice at 11-01T12:00Z) and a2 (erin) active.
        QCOMPARE(Metrics::activeAccounts(m_db, m_now - Metrics::Days30 - 1, m_now), 3);
        // A window inside one day.
        const qint64 carol = *Instant::parse(QStringLiteral("2026-11-20T10:00:00Z"));
        QCOMPARE(Metrics::activeAccounts(m_db, carol - 1, carol), 1);
        QCOMPARE(Metrics::activeAccounts(m_db, carol, carol + 3600000), 0);
    }

    void activeAccountsPerDayComeFromTheDailyTable()
    {
        const qint64 nov2 = Instant::dayOf(*Instant::parse(QStringLiteral("2026-11-02")));
        const auto series = Metrics::activeAccountsPerDay(m_db, nov2 - 1, nov2 + 29);
        QCOMPARE(series.size(), 31);
        QCOMPARE(series.at(0).second, 2);  // 11-01: a1 (alice) and a2 (erin)
        QCOMPARE(series.at(1).second, 1);  // 11-02: a1 twice, counted once
        QCOMPARE(series.at(29).second, 0); // 11-30: only a5 logged in, and it is in the trash
        QCOMPARE(series.at(30).second, 2); // 12-01: a2 (dan, after T) and a4
        QString error;
        QVERIFY(ExcludedDomains::add(m_db, {QStringLiteral("beta.com"), QStringLiteral("delta.com")}, &error));
        const auto after = Metrics::activeAccountsPerDay(m_db, nov2 - 1, nov2 + 29);
        QCOMPARE(after.at(0).second, 1);
        QCOMPARE(after.at(30).second, 1);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM daily_active WHERE accounts <= 0")).toInt(), 0);
    }

    void roundingAndPersonalDomains()
    {
        QCOMPARE(Metrics::roundedAverage(0, 0), 0.0);
        QCOMPARE(Metrics::roundedAverage(2, 3), 0.67);
        QCOMPARE(Metrics::roundedAverage(5, 8), 0.63);     // 0.625 rounds half up
        QCOMPARE(Metrics::roundedAverage(201, 200), 1.01); // 1.005
        QVERIFY(PersonalDomains::instance().contains(QStringLiteral("GMail.com")));
        QVERIFY(!PersonalDomains::instance().contains(QStringLiteral("mail.gmail.com")));
        QVERIFY(PersonalDomains::instance().size() > 10000);
    }

    void accountsExportOrderAndSearch()
    {
        const auto exportIds = [&](const QString& sort, const QString& search) {
            AccountQuery q;
            if (!sort.isEmpty())
                q.setSort(sort);
            q.search = search;
            QByteArray data;
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            QString error;
            if (!CsvExport::writeAccounts(m_db, q, &buffer, {}, &error))
                return QStringList{error};
            QStringList ids;
            for (const QByteArray& line : data.split('\n').mid(1)) {
                if (!line.isEmpty())
                    ids << QString::fromUtf8(line.split(',').first());
            }
            return ids;
        };
        // Names compare without case: Alpha, beta, Delta, Gamma.
        QCOMPARE(exportIds(QString(), QString()), (QStringList{"a1", "a2", "a4", "a3"}));
        QCOMPARE(exportIds(QStringLiteral("name:desc"), QString()), (QStringList{"a3", "a4", "a2", "a1"}));
        // Accounts without a visit sort last in both directions.
        QCOMPARE(exportIds(QStringLiteral("last_visit:asc"), QString()), (QStringList{"a1", "a4", "a2", "a3"}));
        QCOMPARE(exportIds(QStringLiteral("last_visit:desc"), QString()), (QStringList{"a2", "a4", "a1", "a3"}));
        // Ties by ID ascending whatever the direction.
        QCOMPARE(exportIds(QStringLiteral("daily_visits:desc"), QString()), (QStringList{"a1", "a2", "a4", "a3"}));
        QCOMPARE(exportIds(QStringLiteral("users:asc"), QString()), (QStringList{"a3", "a4", "a2", "a1"}));
        QCOMPARE(exportIds(QStringLiteral("users:desc"), QString()), (QStringList{"a1", "a2", "a4", "a3"}));
        QCOMPARE(exportIds(QString(), QStringLiteral("ELT")), (QStringList{"a4"}));
        QCOMPARE(exportIds(QString(), QStringLiteral("A3")), (QStringList{"a3"}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
