#include "Clock.h"
#include "Instant.h"
#include "TestUtil.h"

#include <QTest>

// The importer of shared/spec/cli.md: all or nothing, idempotent, every error named file:line.
class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    static QByteArray accountsCsv()
    {
        return "id,name,created_at,metadata\r\nacme,Acme,2026-01-05,\"{\"\"plan\"\":\"\"pro\"\"}\"\r\nglobex,Globex,,"
               "\r\n";
    }
    static QByteArray usersCsv() { return "email,name\nann@acme.io,Ann\n"; }
    static QByteArray membershipsCsv()
    {
        return "account_id,email,roles,joined_at,primary\nacme,ann@acme.io,admin,2026-01-05,true\n"
               "acme,Bob@Acme.io,,2026-02-01,\nglobex,ann@acme.io,admin;read-only,,\n";
    }
    static QByteArray loginsCsv()
    {
        return "account_id,email,at\nacme,ann@acme.io,2026-11-01T10:00:00Z\nacme,bob@acme.io,2026-11-02T10:00:00Z\n";
    }

    bool importFiles(const QList<QPair<QString, QByteArray>>& files, Importer& importer)
    {
        QStringList paths;
        for (const auto& f : files)
            paths << TestUtil::writeFile(m_dir.path(), f.first, f.second);
        return importer.importPaths(paths);
    }

private slots:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("i.sqlite"))));
        Clock::setFixed(*Instant::parse(QStringLiteral("2026-12-01T00:00:00Z")));
        TestUtil::importCsv(m_db, m_dir.path(),
                            {{QStringLiteral("accounts.csv"), accountsCsv()},
                             {QStringLiteral("users.csv"), usersCsv()},
                             {QStringLiteral("memberships.csv"), membershipsCsv()},
                             {QStringLiteral("logins.csv"), loginsCsv()}});
    }

    void cleanup()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("i.sqlite")));
        Clock::reset();
    }

    void importsEveryKind()
    {
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 2);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT metadata FROM accounts WHERE id = 'acme'")).toString(),
                 QStringLiteral("{\"plan\":\"pro\"}"));
        // An account without created_at was created at T.
        QCOMPARE(Instant::format(
                     m_db.scalar(QStringLiteral("SELECT created_at FROM accounts WHERE id = 'globex'")).toLongLong()),
                 QStringLiteral("2026-12-01T00:00:00Z"));
        // A membership may name a new user; emails are stored lower-case.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = 'bob@acme.io'")).toInt(), 1);
        // No roles: the default role.
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT group_concat(role) FROM membership_roles r JOIN users u ON u.uid = r.user "
                                 "WHERE u.email = 'bob@acme.io'"))
                     .toString(),
                 QStringLiteral("read-only"));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM logins")).toInt(), 2);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")).toInt(), 1);
    }

    void reimportIsIdempotent()
    {
        const QString before = TestUtil::snapshot(m_db, false);
        Importer importer(m_db);
        QVERIFY(importFiles({{QStringLiteral("accounts.csv"), accountsCsv()},
                             {QStringLiteral("users.csv"), usersCsv()},
                             {QStringLiteral("memberships.csv"), membershipsCsv()},
                             {QStringLiteral("logins.csv"), loginsCsv()}},
                            importer));
        const ImportReport r = importer.report();
        QCOMPARE(r.accounts.added + r.accounts.updated, 0);
        QCOMPARE(r.accounts.skipped, 2);
        QCOMPARE(r.memberships.added + r.memberships.updated, 0);
        QCOMPARE(r.logins.added, 0);
        QCOMPARE(r.logins.skipped, 2);
        QCOMPARE(TestUtil::snapshot(m_db, false), before);
    }

    void usersWithoutNames()
    {
        Importer importer(m_db);
        QVERIFY2(importFiles({{QStringLiteral("u.csv"), "email,created_at\nnoname@acme.io,\nwho@acme.io,2026-01-01\n"}},
                             importer),
                 qPrintable(importer.errors().join(QLatin1Char('\n'))));
        QCOMPARE(importer.report().users.added, 2);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM users WHERE email = 'noname@acme.io'")).toString(),
                 QString());
    }

    void emptyValuesKeepStoredOnes()
    {
        Importer importer(m_db);
        QVERIFY(importFiles({{QStringLiteral("a.csv"), "id,name,metadata,created_at\nacme,Acme Corp,,\n"}}, importer));
        QCOMPARE(importer.report().accounts.updated, 1);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT name || ' ' || metadata FROM accounts WHERE id = 'acme'")).toString(),
            QStringLiteral("Acme Corp {\"plan\":\"pro\"}"));
    }

    void primaryMovesToTheMarkedMember()
    {
        Importer importer(m_db);
        QVERIFY(
            importFiles({{QStringLiteral("m.csv"), "account_id,email,primary\nacme,bob@acme.io,true\n"}}, importer));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT u.email FROM accounts a JOIN users u ON u.uid = a.primary_user "
                                            "WHERE a.id = 'acme'"))
                     .toString(),
                 QStringLiteral("bob@acme.io"));
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT SUM(is_primary) FROM memberships m JOIN accounts a ON a.rid = m.account "
                                       "WHERE a.id = 'acme'"))
                .toInt(),
            1);
    }

    void importingATrashedIdRestoresIt()
    {
        m_db.exec(QStringLiteral("UPDATE accounts SET deleted_at = 5 WHERE id = 'globex'"));
        Importer importer(m_db);
        QVERIFY(importFiles({{QStringLiteral("a.csv"), "id,name\nglobex,Globex\n"}}, importer));
        QCOMPARE(importer.report().restored, QStringList{QStringLiteral("globex")});
        QVERIFY(importer.report().lines().last().contains(QLatin1String("restored from the trash: globex")));
        QVERIFY(m_db.scalar(QStringLiteral("SELECT deleted_at FROM accounts WHERE id = 'globex'")).isNull());
    }

    void directoryMeansTheFourFiles()
    {
        QTemporaryDir folder;
        TestUtil::writeFile(folder.path(), QStringLiteral("accounts.csv"), "id,name\nnew-1,New One\n");
        TestUtil::writeFile(folder.path(), QStringLiteral("memberships.csv"), "account_id,email\nnew-1,zed@new.io\n");
        TestUtil::writeFile(folder.path(), QStringLiteral("logins.csv"),
                            "account_id,email,at\nnew-1,zed@new.io,2026-11-30\n");
        TestUtil::writeFile(folder.path(), QStringLiteral("notes.csv"), "garbage\n");
        Importer importer(m_db);
        QVERIFY2(importer.importPaths({folder.path()}), qPrintable(importer.errors().join(QLatin1Char('\n'))));
        QCOMPARE(importer.report().accounts.added, 1);
        QCOMPARE(importer.report().logins.added, 1);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT daily_visits FROM accounts WHERE id = 'new-1'")).toInt(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // a part of the first error

        QTest::newRow("bad account id") << "a.csv" << QByteArray("id,name\nok-1,Fine\nbad id,Name\n")
                                        << "a.csv:3: column \"id\"";
        QTest::newRow("id too long") << "a.csv" << QByteArray("id,name\n" + QByteArray(129, 'x') + ",N\n")
                                     << "a.csv:2: column \"id\"";
        QTest::newRow("empty name") << "a.csv" << QByteArray("id,name\nx1,   \n") << "a.csv:2: column \"name\"";
        QTest::newRow("control character in name")
            << "a.csv" << QByteArray("id,name\nx1,\"a\x01b\"\n") << "a.csv:2: column \"name\"";
        QTest::newRow("name too long") << "a.csv" << QByteArray("id,name\nx1," + QByteArray(256, 'n') + "\n")
                                       << "a.csv:2: column \"name\"";
        QTest::newRow("bad created_at") << "a.csv" << QByteArray("id,name,created_at\nx1,X,31/12/2026\n")
                                        << "a.csv:2: column \"created_at\": \"31/12/2026\"";
        QTest::newRow("metadata not an object") << "a.csv" << QByteArray("id,name,metadata\nx1,X,[1]\n")
                                                << "a.csv:2: column \"metadata\": metadata must be a JSON object";
        QTest::newRow("metadata invalid JSON") << "a.csv" << QByteArray("id,name,metadata\nx1,X,{nope}\n")
                                               << "a.csv:2: column \"metadata\": invalid JSON at offset";
        QTest::newRow("metadata too large")
            << "a.csv" << QByteArray("id,name,metadata\nx1,X,\"{\"\"k\"\":\"\"" + QByteArray(70000, 'v') + "\"\"}\"\n")
            << "larger than 64 KiB";
        QTest::newRow("bad email") << "u.csv" << QByteArray("email,name\nnot-an-email,X\n")
                                   << "u.csv:2: column \"email\"";
        QTest::newRow("unknown role") << "m.csv" << QByteArray("account_id,email,roles\nacme,z@z.io,admin;owner\n")
                                      << "m.csv:2: column \"roles\": unknown role \"owner\"";
        QTest::newRow("bad primary") << "m.csv" << QByteArray("account_id,email,primary\nacme,z@z.io,yes\n")
                                     << "m.csv:2: column \"primary\"";
        QTest::newRow("membership of unknown account")
            << "m.csv" << QByteArray("account_id,email\nnope,z@z.io\n")
            << "m.csv:2: column \"account_id\": no account has the ID \"nope\"";
        QTest::newRow("login of a non-member")
            << "l.csv" << QByteArray("account_id,email,at\nglobex,bob@acme.io,2026-11-01\n")
            << "l.csv:2: column \"email\": \"bob@acme.io\" is not a member";
        QTest::newRow("login of unknown account")
            << "l.csv" << QByteArray("account_id,email,at\nzzz,ann@acme.io,2026-11-01\n")
            << "l.csv:2: column \"account_id\"";
        QTest::newRow("login without instant")
            << "l.csv" << QByteArray("account_id,email,at\nacme,ann@acme.io,\n") << "l.csv:2: column \"at\"";
        QTest::newRow("unknown column") << "a.csv" << QByteArray("id,name,colour\nx1,X,red\n")
                                        << "a.csv:1: column \"colour\": unknown column";
        QTest::newRow("duplicate column") << "a.csv" << QByteArray("id,name,name\nx1,X,Y\n") << "appears twice";
        QTest::newRow("missing required column") << "a.csv" << QByteArray("id,created_at\nx1,2026-01-01\n")
                                                 << "a.csv:1: column \"name\": required column missing";
        QTest::newRow("unknown kind") << "x.csv" << QByteArray("foo,bar\n1,2\n") << "x.csv:1: cannot tell the kind";
        QTest::newRow("wrong field count")
            << "a.csv" << QByteArray("id,name\nx1,X,extra\n") << "a.csv:2: expected 2 fields";
        QTest::newRow("unterminated quote")
            << "a.csv" << QByteArray("id,name\nx1,\"open\nx2,Y\n") << "a.csv:2: unterminated";
        QTest::newRow("invalid UTF-8") << "a.csv" << QByteArray("id,name\nx1,\xff\n")
                                       << "a.csv:2: the file is not valid UTF-8";
        QTest::newRow("empty file") << "a.csv" << QByteArray() << "a.csv: the file is empty";
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString before = TestUtil::snapshot(m_db);
        Importer importer(m_db);
        // A good file in the same run is rejected with the bad one.
        QVERIFY(
            !importFiles({{QStringLiteral("good.csv"), "id,name\nbrand-new,Brand New\n"}, {file, content}}, importer));
        QVERIFY(importer.errorCount() >= 1);
        const QString first = importer.errors().first();
        QVERIFY2(first.contains(expected), qPrintable(first));
        QCOMPARE(TestUtil::snapshot(m_db), before);
    }

    void missingPathIsAnError()
    {
        Importer importer(m_db);
        QVERIFY(!importer.importPaths({m_dir.filePath(QStringLiteral("nope.csv"))}));
        QVERIFY(importer.errors().first().contains(QLatin1String("no such file")));
    }

    void everyErrorIsReportedUpToTheCap()
    {
        QByteArray content("id,name\n");
        for (int i = 0; i < 150; ++i)
            content += "bad id " + QByteArray::number(i) + ",X\n";
        Importer importer(m_db);
        QVERIFY(!importFiles({{QStringLiteral("a.csv"), content}}, importer));
        QCOMPARE(importer.errorCount(), 150);
        QCOMPARE(importer.errors().size(), Importer::MaxErrors);
    }

    void cancelChangesNothing()
    {
        QByteArray content("account_id,email,at\n");
        for (int i = 0; i < 60000; ++i)
            content += "acme,ann@acme.io,2025-01-01T00:00:" + QByteArray::number(i % 60).rightJustified(2, '0') + "." +
                       QByteArray::number(i / 60).rightJustified(3, '0') + "Z\n";
        const QString before = TestUtil::snapshot(m_db);
        Importer importer(m_db);
        int calls = 0;
        importer.setProgress([&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!importFiles({{QStringLiteral("l.csv"), content}}, importer));
        QVERIFY(calls >= 1);
        QVERIFY(importer.errors().last().contains(QLatin1String("cancelled")));
        QCOMPARE(TestUtil::snapshot(m_db), before);

        Importer again(m_db);
        QVERIFY(importFiles({{QStringLiteral("l.csv"), content}}, again));
        QCOMPARE(again.report().logins.added, 60000);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT daily_visits FROM accounts WHERE id = 'acme'")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
