#include "Database.h"
#include "Environment.h"
#include "Schema.h"
#include "TestUtil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Opening environment files: creation with the current schema, refusals that leave files untouched.
class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void createsEachEnvironmentWithTheCurrentSchema()
    {
        QTemporaryDir dir;
        for (Environment env : Environments::all()) {
            Database db;
            QVERIFY2(db.openEnvironment(dir.filePath(QStringLiteral("data")), env), qPrintable(db.errorString()));
            QCOMPARE(db.path(), dir.filePath(QStringLiteral("data/%1.sqlite").arg(Environments::key(env))));
            QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT group_concat(key, ',') FROM (SELECT key FROM roles ORDER BY level)"))
                    .toString(),
                QStringLiteral("admin,read-only"));
            QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_role'")).toString(),
                     QStringLiteral("read-only"));
        }
        QCOMPARE(QDir(dir.filePath(QStringLiteral("data"))).entryList({QStringLiteral("*.sqlite")}).size(), 4);
    }

    void everyDomainTableExists()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("x.sqlite"))));
        for (const char* table : {"accounts", "users", "memberships", "membership_roles", "roles", "logins",
                                  "account_days", "excluded_domains", "security_policies", "sso_configs", "sso_domains",
                                  "sso_group_roles", "audit_log", "settings"}) {
            QVERIFY2(db.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :n"),
                               {{QStringLiteral(":n"), QString::fromLatin1(table)}})
                             .toInt() == 1,
                     table);
        }
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dev.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            db.exec(QStringLiteral("INSERT INTO excluded_domains VALUES ('acme.io')"));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.scalar(QStringLiteral("SELECT domain FROM excluded_domains")).toString(),
                 QStringLiteral("acme.io"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QByteArray content("id,name\nnot,a database\n");
        const QString path = TestUtil::writeFile(dir.path(), QStringLiteral("development.sqlite"), content);
        Database db;
        QVERIFY(!db.openEnvironment(dir.path(), Environment::Development));
        QVERIFY2(db.errorString().contains(QLatin1String("not an SQLite database")), qPrintable(db.errorString()));
        QCOMPARE(TestUtil::readFile(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qa.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            db.exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const QByteArray before = TestUtil::readFile(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
        QCOMPARE(TestUtil::readFile(path), before);
    }

    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = TestUtil::writeFile(dir.path(), QStringLiteral("staging.sqlite"), QByteArray());
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
    }

    void migratesAVersionOneFileWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            const QStringList version1 = Schema::migrations().first();
            for (const QString& statement : version1)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO users (uid, email, domain, created_at) VALUES (1, 'a@gmail.com', 'gmail.com', 0),"
                " (2, 'b@acme.io', 'acme.io', 0)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO accounts (rid, id, name, name_key, created_at, primary_user) VALUES "
                                      "(1, 'p', 'P', 'p', 0, 1), (2, 'c', 'C', 'c', 0, 2)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO account_days (account, day) VALUES (1, 5), (2, 5), (2, 6)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.storedSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(day || ':' || accounts) FROM daily_active")).toString(),
                 QStringLiteral("5:2,6:1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(id) FROM accounts WHERE company = 1")).toString(),
                 QStringLiteral("c"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT personal FROM users WHERE uid = 1")).toInt(), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))));
        {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO excluded_domains VALUES ('a.io')"));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM excluded_domains")).toInt(), 0);
        {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO excluded_domains VALUES ('a.io')"));
            tx.commit();
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM excluded_domains")).toInt(), 1);
    }

    void badStatementsRaise()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))));
        QVERIFY_THROWS_EXCEPTION(StorageError, db.exec(QStringLiteral("SELECT nope FROM nowhere")));
    }

    void environmentNames()
    {
        QCOMPARE(Environments::fromName(QStringLiteral("PRODUCTION")), std::optional(Environment::Production));
        QCOMPARE(Environments::fromName(QStringLiteral("Qa")), std::optional(Environment::QA));
        QVERIFY(!Environments::fromName(QStringLiteral("prod")));
        QCOMPARE(Environments::displayName(Environment::QA), QStringLiteral("QA"));
        QCOMPARE(Environments::displayName(Environment::Staging), QStringLiteral("Staging"));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
