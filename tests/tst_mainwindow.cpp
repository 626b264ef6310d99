#include "AccountTableModel.h"
#include "AccountsPage.h"
#include "ChartPanel.h"
#include "ChartSeriesModel.h"
#include "Clock.h"
#include "CsvExport.h"
#include "DashboardModel.h"
#include "DemoGenerator.h"
#include "Dialogs.h"
#include "EnvironmentStrip.h"
#include "ExcludedDomainsPanel.h"
#include "Instant.h"
#include "KpiCard.h"
#include "MainWindow.h"
#include "Metrics.h"
#include "TestUtil.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// The main window driven as a user drives it: environment switching, KPI cards, search, sort,
// excluded domains, import and export. Runs on the offscreen platform.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    qint64 m_now = 0;

    template <typename T> static T* find(QWidget* root, const QString& name)
    {
        T* w = root->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    static QString cardValue(MainWindow& w, const QString& key)
    {
        // The dashboard computes on a worker thread: wait for the figures of the latest change.
        if (!QTest::qWaitFor([&] { return !w.accountsPage()->dashboard()->isLoading(); }, 10000))
            return QStringLiteral("(still loading)");
        return find<QLabel>(find<KpiCard>(&w, QStringLiteral("kpiCard_") + key), QStringLiteral("kpiValue"))->text();
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("BACKOFFICE_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setRecordMessages(true);
        m_now = *Instant::parse(QStringLiteral("2026-12-01T12:00:00Z"));
        Clock::setFixed(m_now);
        m_data = m_dir.filePath(QStringLiteral("data"));
        Database db;
        QVERIFY(db.openEnvironment(m_data, Environment::Development));
        Importer importer(db);
        QVERIFY(importer.importData(DemoGenerator::generate(120, 3, m_now), QStringLiteral("test")));
    }

    void init() { Dialogs::clearRecordedMessages(); }

    void showsTheEnvironmentAndItsFigures()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.windowTitle().contains(QLatin1String("Development")));
        QVERIFY(w.environmentStrip()->text().contains(QLatin1String("DEVELOPMENT")));

        Database db;
        QVERIFY(db.openEnvironment(m_data, Environment::Development));
        const Kpis k = Metrics::kpis(db, m_now);
        QCOMPARE(cardValue(w, QStringLiteral("new_accounts_7d")), QLocale().toString(k.newAccounts7d));
        QCOMPARE(cardValue(w, QStringLiteral("active_accounts_30d")), QLocale().toString(k.activeAccounts30d));
        QCOMPARE(cardValue(w, QStringLiteral("average_users_per_account")),
                 QLocale().toString(k.averageUsersPerAccount, 'f', 2));
        QCOMPARE(cardValue(w, QStringLiteral("company_domain_accounts")), QLocale().toString(k.companyDomainAccounts));
        QVERIFY(!find<KpiCard>(&w, QStringLiteral("kpiCard_new_accounts_7d"))->toolTip().isEmpty());
        QCOMPARE(w.accountsPage()->countText(), QStringLiteral("120 accounts"));
        QCOMPARE(w.accountsPage()->model()->rowCount(), 120);
        screenshot(&w, QStringLiteral("accounts"));
    }

    void switchingEnvironmentReopensEverything()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* combo = find<QComboBox>(&w, QStringLiteral("environmentCombo"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_End); // Production, the last one
        QCOMPARE(w.workspace()->environment(), Environment::Production);
        QVERIFY(w.windowTitle().contains(QLatin1String("Production")));
        QVERIFY(w.environmentStrip()->text().contains(QLatin1String("PRODUCTION")));
        QCOMPARE(w.accountsPage()->model()->rowCount(), 0);
        auto* empty = find<QWidget>(w.accountsPage(), QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(QFile::exists(QDir(m_data).filePath(QStringLiteral("production.sqlite"))));
        screenshot(&w, QStringLiteral("production-empty"));

        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier); // Staging through the Environment menu
        QCOMPARE(w.workspace()->environment(), Environment::Staging);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.workspace()->environment(), Environment::Development);
        QCOMPARE(w.accountsPage()->model()->rowCount(), 120);
    }

    void searchAndSortRunInSql()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        auto* search = find<QLineEdit>(&w, QStringLiteral("accountSearch"));
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("LABS"));
        AccountTableModel* model = w.accountsPage()->model();
        QTRY_VERIFY(model->search() == QLatin1String("LABS"));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 120);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, AccountTableModel::Name)
                        .data()
                        .toString()
                        .contains(QLatin1String("labs"), Qt::CaseInsensitive) ||
                    model->accountIdAt(r).contains(QLatin1String("labs")));
        QVERIFY(w.accountsPage()->countText().contains(QStringLiteral(" of 120 accounts")));

        QTest::keyClicks(search, QStringLiteral("zzzz-nothing"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(find<QWidget>(w.accountsPage(), QStringLiteral("emptyState"))->isVisible());
        search->clear();
        QTRY_COMPARE(model->rowCount(), 120);

        // Clicking the "Users" header sorts by users ascending, then descending.
        QTableView* table = w.accountsPage()->table();
        QHeaderView* header = table->horizontalHeader();
        const auto clickHeader = [&](int section) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(section) + 10, header->height() / 2));
        };
        clickHeader(AccountTableModel::Users);
        QCOMPARE(model->query().sortColumn, AccountColumn::Users);
        const auto usersAt = [&](int r) {
            return model->index(r, AccountTableModel::Users).data(AccountTableModel::SortValueRole).toLongLong();
        };
        QVERIFY(usersAt(0) <= usersAt(119));
        clickHeader(AccountTableModel::Users);
        QVERIFY(model->query().descending);
        QVERIFY(usersAt(0) >= usersAt(119));
        // Never-visited accounts stay last in both directions.
        clickHeader(AccountTableModel::LastVisit);
        QCOMPARE(model->query().sortColumn, AccountColumn::LastVisit);
        const QVariant last = model->index(119, AccountTableModel::LastVisit).data(AccountTableModel::SortValueRole);
        const QVariant first = model->index(0, AccountTableModel::LastVisit).data(AccountTableModel::SortValueRole);
        QVERIFY(!first.isNull());
        Q_UNUSED(last);
        // The primary user's column does not sort: the order and the header's arrow stay.
        clickHeader(AccountTableModel::PrimaryEmail);
        QCOMPARE(model->query().sortColumn, AccountColumn::LastVisit);
        QCOMPARE(header->sortIndicatorSection(), int(AccountTableModel::LastVisit));
    }

    void exportWritesWhatIsShown()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* search = find<QLineEdit>(&w, QStringLiteral("accountSearch"));
        QTest::keyClicks(search, QStringLiteral("a"));
        QTest::keyClick(search, Qt::Key_Return);
        w.accountsPage()->table()->sortByColumn(AccountTableModel::DailyVisits, Qt::DescendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("gui-export.csv"));
        Dialogs::setNextSaveTarget({path, true});
        QTest::mouseClick(find<QPushButton>(&w, QStringLiteral("exportAccountsButton")), Qt::LeftButton);

        AccountQuery expected;
        expected.search = QStringLiteral("a");
        expected.setSort(QStringLiteral("daily_visits:desc"));
        QByteArray cli;
        QBuffer buffer(&cli);
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(CsvExport::writeAccounts(w.workspace()->database(), expected, &buffer, {true, {}}, &error));
        QCOMPARE(TestUtil::readFile(path), cli);
        QVERIFY(cli.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(Dialogs::recordedMessages().size(), 1);
        QVERIFY(Dialogs::recordedMessages().first().contains(path));
    }

    void excludedDomainsUpdateEveryFigure()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(MainWindow::UsersPageIndex);
        UsersPage* users = w.usersPage();
        const int before = users->model()->rowCount();
        const QString activeBefore = cardValue(w, QStringLiteral("average_users_per_account"));

        auto* input = find<QLineEdit>(users, QStringLiteral("excludedDomainInput"));
        QTest::keyClicks(input, QStringLiteral("not a domain"));
        QTest::mouseClick(find<QPushButton>(users, QStringLiteral("addExcludedDomainButton")), Qt::LeftButton);
        QVERIFY(!users->excludedDomains()->errorText().isEmpty());
        QVERIFY(users->excludedDomains()->domains().isEmpty());

        input->clear();
        QTest::keyClicks(input, QStringLiteral("backoffice-testing.com"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(users->excludedDomains()->domains(), QStringList{QStringLiteral("backoffice-testing.com")});
        const int after = users->model()->rowCount();
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(cardValue(w, QStringLiteral("average_users_per_account")) != activeBefore);
        screenshot(&w, QStringLiteral("users"));

        auto* show = find<QCheckBox>(users, QStringLiteral("showExcludedCheck"));
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(users->model()->rowCount(), before);
        int greyed = 0;
        for (int r = 0; r < users->model()->rowCount(); ++r)
            greyed += users->model()->index(r, 0).data(UserTableModel::ExcludedRole).toBool() ? 1 : 0;
        QCOMPARE(greyed, before - after);
        QTest::mouseClick(show, Qt::LeftButton);

        auto* list = find<QListWidget>(users, QStringLiteral("excludedDomainsList"));
        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(users, QStringLiteral("removeExcludedDomainButton")), Qt::LeftButton);
        QVERIFY(users->excludedDomains()->domains().isEmpty());
        QCOMPARE(users->model()->rowCount(), before);
        QCOMPARE(cardValue(w, QStringLiteral("average_users_per_account")), activeBefore);
    }

    void importFolderIntoProduction()
    {
        QTemporaryDir folder;
        TestUtil::writeFile(folder.path(), QStringLiteral("accounts.csv"),
                            "id,name,created_at\nacme,Acme,2026-11-30\n");
        TestUtil::writeFile(folder.path(), QStringLiteral("memberships.csv"), "account_id,email\nacme,ann@acme.io\n");
        TestUtil::writeFile(folder.path(), QStringLiteral("logins.csv"),
                            "account_id,email,at\nacme,ann@acme.io,2026-11-30T09:00:00Z\n");
        MainWindow w(m_data, Environment::Production);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.accountsPage()->model()->rowCount(), 0);

        // A refusal at the Production confirmation imports nothing.
        Dialogs::setNextDirectory(folder.path());
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        find<QAction>(&w, QStringLiteral("importFolderAction"))->trigger();
        QCOMPARE(w.accountsPage()->model()->rowCount(), 0);

        Dialogs::setNextDirectory(folder.path());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        find<QAction>(&w, QStringLiteral("importFolderAction"))->trigger();
        QCOMPARE(w.accountsPage()->model()->rowCount(), 1);
        QCOMPARE(cardValue(w, QStringLiteral("new_accounts_7d")), QStringLiteral("1"));
        QCOMPARE(cardValue(w, QStringLiteral("active_accounts_30d")), QStringLiteral("1"));
        QVERIFY(Dialogs::recordedMessages().last().contains(QLatin1String("accounts: 1 added")));

        // A bad file: every error shown with file:line, nothing changed.
        const QString bad = TestUtil::writeFile(folder.path(), QStringLiteral("bad.csv"), "id,name\nbad id,X\n");
        Dialogs::setNextOpenFiles({bad});
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(Dialogs::recordedMessages().last().contains(QLatin1String("bad.csv:2")));
        QVERIFY(Dialogs::recordedMessages().last().contains(QLatin1String("Nothing was changed")));
        QCOMPARE(w.accountsPage()->model()->rowCount(), 1);
        screenshot(&w, QStringLiteral("production"));
    }

    void chartsFollowTheRangeSaveAndShowValues()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        DashboardModel* dashboard = w.accountsPage()->dashboard();
        QTRY_COMPARE(dashboard->activePerDay()->rowCount(), 90);
        QTRY_VERIFY(!dashboard->isLoading());
        auto* range = find<QComboBox>(&w, QStringLiteral("activeRangeCombo"));
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down);
        QCOMPARE(dashboard->activePerDay()->rowCount(), 365);
        QTest::keyClick(range, Qt::Key_Home);
        QCOMPARE(dashboard->activePerDay()->rowCount(), 30);

        auto* chart = find<ChartPanel>(&w, QStringLiteral("activePerDayChart"));
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        Dialogs::setNextSaveTarget({png, false});
        QTest::mouseClick(find<QToolButton>(chart, QStringLiteral("saveChartButton")), Qt::LeftButton);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);

        const auto& last = dashboard->activePerDay()->points().last();
        chart->showHoverForRow(dashboard->activePerDay()->rowCount() - 1);
        QVERIFY2(chart->hoverText().endsWith(QStringLiteral(": %1").arg(qint64(last.y))),
                 qPrintable(chart->hoverText()));
        auto* distribution = find<ChartPanel>(&w, QStringLiteral("visitDistributionChart"));
        distribution->showHoverForRow(0);
        QVERIFY(distribution->hoverText().startsWith(QLatin1String("0: ")));
    }

    void layoutIsRestored()
    {
        QByteArray header;
        {
            MainWindow w(m_data, Environment::Development);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1240, 760);
            w.accountsPage()->table()->setColumnWidth(0, 333);
            w.showPage(MainWindow::UsersPageIndex);
            w.close();
        }
        MainWindow w(m_data);
        QCOMPARE(w.accountsPage()->table()->columnWidth(0), 333);
        QCOMPARE(w.size(), QSize(1240, 760));
        QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), static_cast<QWidget*>(w.usersPage()));
    }

    void darkPaletteScreenshot()
    {
        if (qEnvironmentVariable("BACKOFFICE_SCREENSHOTS").isEmpty())
            QSKIP("screenshots only");
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(37, 37, 38));
        dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        dark.setColor(QPalette::Button, QColor(50, 50, 52));
        dark.setColor(QPalette::ButtonText, QColor(220, 220, 220));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        dark.setColor(QPalette::Mid, QColor(70, 70, 70));
        QApplication::setPalette(dark);
        MainWindow w(m_data, Environment::Development);
        w.resize(1360, 880);
        w.show();
        w.showPage(MainWindow::AccountsPageIndex);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        screenshot(&w, QStringLiteral("accounts-dark"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
