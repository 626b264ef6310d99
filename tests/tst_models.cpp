#include "AccountTableModel.h"
#include "ChartSeriesModel.h"
#include "Clock.h"
#include "DashboardModel.h"
#include "ExcludedDomains.h"
#include "HistoryTableModel.h"
#include "Instant.h"
#include "MemberTableModel.h"
#include "RowCache.h"
#include "TestUtil.h"
#include "UserTableModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The item models of models/ under Qt's own QAbstractItemModelTester, created before the model
// changes, plus the row cache that keeps large lists lazy.
class TestModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

private slots:
    void initTestCase()
    {
        Clock::setFixed(*Instant::parse(QStringLiteral("2026-12-01T12:00:00Z")));
        m_data = m_dir.filePath(QStringLiteral("data"));
        Database db;
        QVERIFY(db.openEnvironment(m_data, Environment::Development));
        QByteArray accounts("id,name,created_at\n");
        QByteArray memberships("account_id,email,joined_at\n");
        QByteArray logins("account_id,email,at\n");
        for (int i = 0; i < 700; ++i) {
            const QByteArray id = "acc-" + QByteArray::number(i).rightJustified(4, '0');
            accounts += id + ",Name " + QByteArray::number(i % 50) + ",2026-11-" +
                        QByteArray::number(1 + i % 28).rightJustified(2, '0') + "\n";
            memberships += id + ",u" + QByteArray::number(i) + "@corp" + QByteArray::number(i % 7) + ".io,2026-11-01\n";
            if (i % 3 == 0)
                logins += id + ",u" + QByteArray::number(i) + "@corp" + QByteArray::number(i % 7) + ".io,2026-11-" +
                          QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T10:00:00Z\n";
        }
        TestUtil::importCsv(db, m_dir.path(),
                            {{QStringLiteral("accounts.csv"), accounts},
                             {QStringLiteral("memberships.csv"), memberships},
                             {QStringLiteral("logins.csv"), logins}});
    }

    void rowCacheFetchesChunksAndEvicts()
    {
        QList<int> offsets;
        RowCache cache(
            [&](int offset, int limit) {
                offsets << offset;
                QList<RowCache::Row> rows;
                for (int i = offset; i < std::min(offset + limit, 1000); ++i)
                    rows.append(RowCache::Row{i});
                return rows;
            },
            100, 3);
        QCOMPARE(cache.row(5)->at(0).toInt(), 5);
        QCOMPARE(cache.row(99)->at(0).toInt(), 99);
        QCOMPARE(cache.fetches(), 1);
        QCOMPARE(cache.row(250)->at(0).toInt(), 250);
        QCOMPARE(cache.row(999)->at(0).toInt(), 999);
        QCOMPARE(cache.row(350)->at(0).toInt(), 350); // a fourth chunk evicts the oldest (0)
        QCOMPARE(cache.cachedChunks(), 3);
        QCOMPARE(offsets, (QList<int>{0, 200, 900, 300}));
        cache.row(1);
        QCOMPARE(cache.fetches(), 5); // chunk 0 was evicted
        QVERIFY(!cache.row(1000));    // past the data
        QVERIFY(!cache.row(-1));
        cache.clear();
        QCOMPARE(cache.cachedChunks(), 0);
    }

    void accountModelIsLazyAndConsistent()
    {
        Workspace workspace(m_data);
        AccountTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(workspace.open(Environment::Development));
        model.reload();
        QCOMPARE(model.rowCount(), 700);
        QCOMPARE(model.totalCount(), 700);
        QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
        QCOMPARE(resets.count(), 1);
        // Names compare without case, ties by ID: "Name 0" holds acc-0000, acc-0050, ...
        QCOMPARE(model.accountIdAt(0), QStringLiteral("acc-0000"));
        QCOMPARE(model.accountIdAt(1), QStringLiteral("acc-0050"));
        QCOMPARE(model.index(0, AccountTableModel::Users).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, AccountTableModel::Users).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);
        QVERIFY(model.index(0, AccountTableModel::Created)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("(UTC)")));
        QCOMPARE(model.index(1, AccountTableModel::LastVisit).data().toString(), QStringLiteral("Never"));
        // The last row is read without reading everything before it.
        QCOMPARE(model.accountIdAt(699), QStringLiteral("acc-0659")); // "Name 9" sorts after "Name 49"

        QSignalSpy counts(&model, &LazyTableModel::countsChanged);
        model.sort(AccountTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(model.accountIdAt(0), QStringLiteral("acc-0699"));
        QCOMPARE(counts.count(), 0); // a new order counts nothing again
        QCOMPARE(model.rowCount(), 700);
        model.sort(AccountTableModel::LastVisit, Qt::DescendingOrder);
        QVERIFY(!model.index(0, AccountTableModel::LastVisit).data(AccountTableModel::SortValueRole).isNull());
        QVERIFY(model.index(699, AccountTableModel::LastVisit).data(AccountTableModel::SortValueRole).isNull());
        model.sort(AccountTableModel::PrimaryEmail); // not sortable: ignored
        QCOMPARE(model.query().sortColumn, AccountColumn::LastVisit);

        model.setSearch(QStringLiteral("NAME 1"));
        QCOMPARE(model.rowCount(), 14 * 11); // "Name 1", "Name 10".."Name 19": 11 names × 14 accounts
        QCOMPARE(model.totalCount(), 700);
        QCOMPARE(counts.count(), 1);
        model.setSearch(QStringLiteral("acc-00"));
        QCOMPARE(model.rowCount(), 100);
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 700);
        QVERIFY(!model.index(0, 0).data(AccountTableModel::AccountIdRole).toString().isEmpty());
    }

    void userModelHidesAndShowsExcludedUsers()
    {
        Workspace workspace(m_data);
        UserTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(workspace.open(Environment::Development));
        model.reload();
        QCOMPARE(model.rowCount(), 700);
        QString error;
        QVERIFY(ExcludedDomains::add(workspace.database(), {QStringLiteral("corp0.io")}, &error));
        model.reload();
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.totalCount(), 600);
        model.setShowExcluded(true);
        QCOMPARE(model.rowCount(), 700);
        int excluded = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, UserTableModel::Email).data(UserTableModel::ExcludedRole).toBool()) {
                ++excluded;
                QVERIFY(model.index(r, UserTableModel::Email)
                            .data(UserTableModel::EmailRole)
                            .toString()
                            .endsWith(QLatin1String("@corp0.io")));
                QVERIFY(model.index(r, UserTableModel::Email).data(Qt::ForegroundRole).isValid());
            }
        }
        QCOMPARE(excluded, 100);
        model.setSearch(QStringLiteral("U69"));
        QCOMPARE(model.rowCount(), 11); // u69, u690..u699
        const QString status = model.index(0, UserTableModel::Status).data().toString();
        QVERIFY(status == QLatin1String("Invited") || status == QLatin1String("Active"));
        model.sort(UserTableModel::Created, Qt::DescendingOrder);
        QCOMPARE(model.query().sortColumn, UserColumn::CreatedAt);
        model.sort(UserTableModel::Roles); // not sortable
        QCOMPARE(model.query().sortColumn, UserColumn::CreatedAt);
        QVERIFY(ExcludedDomains::remove(workspace.database(), {QStringLiteral("corp0.io")}, &error));
    }

    void memberModel()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Member primary;
        primary.email = QStringLiteral("ann@acme.io");
        primary.roles = {QStringLiteral("admin")};
        primary.primary = true;
        primary.lastLogin = 1000;
        Member invited;
        invited.email = QStringLiteral("bob@acme.io");
        invited.roles = {QStringLiteral("admin"), QStringLiteral("read-only")};
        invited.excluded = true;
        model.setMembers({primary, invited});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MemberTableModel::Email).data(MemberTableModel::EmailRole).toString(), primary.email);
        QVERIFY(model.index(0, MemberTableModel::Email).data(MemberTableModel::PrimaryRole).toBool());
        QCOMPARE(model.index(0, MemberTableModel::Status).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(1, MemberTableModel::Status).data().toString(), QStringLiteral("Invited"));
        QCOMPARE(model.index(1, MemberTableModel::Roles).data().toString(), QStringLiteral("admin, read-only"));
        QVERIFY(model.index(1, MemberTableModel::Email).data(Qt::ForegroundRole).isValid()); // excluded: greyed
        model.setMembers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void historyModelFilters()
    {
        Workspace workspace(m_data);
        HistoryTableModel model(&workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(workspace.open(Environment::Development));
        QString error;
        QVERIFY(ExcludedDomains::add(workspace.database(), {QStringLiteral("history-test.io")}, &error));
        QVERIFY(ExcludedDomains::remove(workspace.database(), {QStringLiteral("history-test.io")}, &error));
        model.reload();
        const int all = model.rowCount();
        QVERIFY(all >= 3); // the import and the two changes
        QCOMPARE(model.index(0, HistoryTableModel::Action).data().toString(),
                 QStringLiteral("excluded-domains.remove"));
        AuditLog::Filter filter;
        filter.action = QStringLiteral("excluded-domains.");
        model.setFilter(filter);
        QVERIFY(model.rowCount() >= 2 && model.rowCount() < all);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, HistoryTableModel::Action).data().toString().startsWith(filter.action));
        QCOMPARE(model.totalCount(), all);
        filter.action = QStringLiteral("import");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter = {};
        filter.accountId = QStringLiteral("nobody");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
    }

    void chartSeriesModel()
    {
        ChartSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoints({{1, 2, QStringLiteral("a")}, {2, 5, QStringLiteral("b")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ChartSeriesModel::Y).data().toDouble(), 5.0);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("a"));
        QCOMPARE(model.maxY(), 5.0);
        model.setPoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboardOutlivedByItsWorker()
    {
        Workspace workspace(m_data);
        QVERIFY(workspace.open(Environment::Development));
        {
            DashboardModel dashboard(&workspace);
            dashboard.reload();
        } // destroyed while computing: waits for its worker, whose result is dropped
        QCoreApplication::processEvents();
    }

    void dashboardFollowsTheData()
    {
        Workspace workspace(m_data);
        DashboardModel dashboard(&workspace);
        QVERIFY(workspace.open(Environment::Development));
        QSignalSpy changed(&dashboard, &DashboardModel::changed);
        QCOMPARE(dashboard.valueText(DashboardModel::NewAccounts), QStringLiteral("—"));
        dashboard.reload();
        dashboard.reload(); // the first result is stale: only the second is applied
        QVERIFY(dashboard.isLoading());
        QTRY_VERIFY(!dashboard.isLoading());
        QTRY_COMPARE(changed.count(), 1);
        const Kpis k = Metrics::kpis(workspace.database(), Clock::now());
        QCOMPARE(dashboard.kpis().accounts, k.accounts);
        QCOMPARE(dashboard.valueText(DashboardModel::ActiveAccounts), QLocale().toString(k.activeAccounts30d));
        QCOMPARE(dashboard.trend(DashboardModel::NewAccounts)->rowCount(), 12);
        QCOMPARE(dashboard.trend(DashboardModel::ActiveAccounts)->rowCount(), 90);
        QCOMPARE(dashboard.activePerDay()->rowCount(), 90);
        dashboard.setActiveRangeDays(365);
        QCOMPARE(dashboard.activePerDay()->rowCount(), 365);
        QCOMPARE(dashboard.visitDistribution()->rowCount(), 6);
        double sum = 0;
        for (const auto& p : dashboard.visitDistribution()->points())
            sum += p.y;
        QCOMPARE(qint64(sum), k.accounts);
        // The last weekly point of a trend is today's value.
        QCOMPARE(dashboard.trend(DashboardModel::AverageUsers)->points().last().y, k.averageUsersPerAccount);
        QCOMPARE(qint64(dashboard.trend(DashboardModel::CompanyDomains)->points().last().y), k.companyDomainAccounts);
        QVERIFY(dashboard.deltaText(DashboardModel::NewAccounts).contains(QLatin1String("previous 7 days")));
        QCOMPARE(dashboard.previous(DashboardModel::AverageUsers), 1.0); // everyone joined 2026-11-01
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
