#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// backoffice-cli run as a real process: every command of shared/spec/cli.md and its exit codes.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result cli(QStringList args, const QString& dataDir = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BACKOFFICE_DATA_DIR"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never the user's real data
        p.setProcessEnvironment(env);
        args.prepend(dataDir.isEmpty() ? m_data : dataDir);
        args.prepend(QStringLiteral("--data-dir"));
        p.start(QStringLiteral(BACKOFFICE_CLI), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString fixtureDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("fixture"));
        QDir().mkpath(dir);
        TestUtil::writeFile(dir, QStringLiteral("accounts.csv"),
                            "id,name,created_at,metadata\r\n"
                            "acme,Acme,2026-11-28T09:00:00Z,\"{\"\"plan\"\":\"\"pro\"\"}\"\r\n"
                            "zeta,\"=HYPERLINK(\"\"x\"\")\",2025-05-01,\r\n"
                            "beta,\"beta, inc.\",2026-01-01,\r\n");
        TestUtil::writeFile(dir, QStringLiteral("users.csv"), "email,name\nann@acme.io,Ann\n");
        TestUtil::writeFile(dir, QStringLiteral("memberships.csv"),
                            "account_id,email,roles,joined_at,primary\n"
                            "acme,ann@acme.io,admin,2026-11-28,true\n"
                            "acme,qa@qa.acme.io,read-only,2026-11-29,\n"
                            "beta,joe@gmail.com,admin,2026-01-01,\n");
        TestUtil::writeFile(dir, QStringLiteral("logins.csv"),
                            "account_id,email,at\n"
                            "acme,ann@acme.io,2026-11-30T10:00:00Z\n"
                            "acme,ann@acme.io,2026-11-30T18:00:00+02:00\n"
                            "acme,qa@qa.acme.io,2026-11-29T10:00:00Z\n"
                            "beta,joe@gmail.com,2026-10-01T10:00:00Z\n");
        return dir;
    }

private slots:
    void init() { m_data = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction())); }

    void helpAndVersion()
    {
        Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Usage: backoffice-cli"));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("backoffice-cli "));
        for (const char* command : {"import", "kpis", "export", "excluded-domains", "demo", "accounts", "members",
                                    "roles", "policy", "metadata", "sso", "history"}) {
            r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(command), command);
            QCOMPARE(cli({QString::fromLatin1(command), QStringLiteral("--version")}).code, 0);
        }
    }

    void referenceHoldsEveryHelpText()
    {
        const QByteArray reference = TestUtil::readFile(QStringLiteral(BACKOFFICE_CLI_REFERENCE));
        QVERIFY(!reference.isEmpty());
        QVERIFY(reference.contains(cli({QStringLiteral("--help")}).out));
        for (const char* command : {"import", "kpis", "export", "excluded-domains", "demo", "accounts", "members",
                                    "roles", "policy", "metadata", "sso", "history"}) {
            const QByteArray help = cli({QString::fromLatin1(command), QStringLiteral("--help")}).out;
            QVERIFY2(
                reference.contains("## " + QByteArray(command) + "\n\n```\n" + help + "```"),
                qPrintable(QStringLiteral("app/cli/REFERENCE.md is out of date for %1").arg(QLatin1String(command))));
        }
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "a command is required";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown global option") << QStringList{"--colour", "kpis"} << "unknown option";
        QTest::newRow("unknown command option") << QStringList{"kpis", "--yaml"} << "unknown option";
        QTest::newRow("unknown environment") << QStringList{"--env", "prod", "kpis"} << "unknown environment \"prod\"";
        QTest::newRow("bad --now") << QStringList{"--now", "tomorrow", "kpis"} << "\"tomorrow\"";
        QTest::newRow("--env without value") << QStringList{"kpis", "--env"} << "needs a value";
        QTest::newRow("import without path") << QStringList{"import"} << "at least one";
        QTest::newRow("export what") << QStringList{"export"} << "accounts or users";
        QTest::newRow("export unknown") << QStringList{"export", "roles"} << "cannot export";
        QTest::newRow("bad sort column") << QStringList{"export", "accounts", "--sort", "colour"} << "cannot sort";
        QTest::newRow("sort by primary_email")
            << QStringList{"export", "accounts", "--sort", "primary_email"} << "cannot sort";
        QTest::newRow("bad sort direction") << QStringList{"export", "accounts", "--sort", "name:up"} << "direction";
        QTest::newRow("option of the other export")
            << QStringList{"export", "users", "--sort", "name"} << "does not apply";
        QTest::newRow("excluded-domains action") << QStringList{"excluded-domains", "purge"} << "unknown action";
        QTest::newRow("excluded-domains add nothing") << QStringList{"excluded-domains", "add"} << "at least one";
        QTest::newRow("demo bad count") << QStringList{"demo", "--accounts", "lots"} << "--accounts";
        QTest::newRow("kpis extra") << QStringList{"kpis", "now"} << "unexpected argument";
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
    }

    void importKpisAndExports()
    {
        const QString fixture = fixtureDir();
        Result r =
            cli({QStringLiteral("--now"), QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("import"), fixture});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("accounts: 3 added, 0 updated, 0 skipped"));
        QVERIFY(r.out.contains("logins: 4 added, 0 skipped"));

        r = cli({QStringLiteral("import"), fixture});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("accounts: 0 added, 0 updated, 3 skipped"));
        QVERIFY(r.out.contains("logins: 0 added, 4 skipped"));

        r = cli({QStringLiteral("--now"), QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("kpis"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject k = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(k.value(QStringLiteral("environment")).toString(), QStringLiteral("development"));
        QCOMPARE(k.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-12-01T12:00:00Z"));
        QCOMPARE(k.value(QStringLiteral("accounts")).toInt(), 3);
        QCOMPARE(k.value(QStringLiteral("new_accounts_7d")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("active_accounts_30d")).toInt(), 1);
        QCOMPARE(k.value(QStringLiteral("average_users_per_account")).toDouble(), 1.0);
        QCOMPARE(k.value(QStringLiteral("company_domain_accounts")).toInt(), 1);

        r = cli({QStringLiteral("--now=2026-12-01T12:00:00Z"), QStringLiteral("kpis")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("average_users_per_account: 1.00\n"));

        // Global options may follow the command too.
        r = cli({QStringLiteral("export"), QStringLiteral("accounts"), QStringLiteral("--env"),
                 QStringLiteral("development"), QStringLiteral("--sort"), QStringLiteral("last_visit:desc")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("id,name,created_at,last_visit,daily_visits,users,primary_email\r\n"
                                   "acme,Acme,2026-11-28T09:00:00Z,2026-11-30T16:00:00Z,2,2,ann@acme.io\r\n"
                                   "beta,\"beta, inc.\",2026-01-01T00:00:00Z,2026-10-01T10:00:00Z,1,1,joe@gmail.com\r\n"
                                   "zeta,'=HYPERLINK(\"\"x\"\"),2025-05-01T00:00:00Z,,0,0,\r\n")
                            .replace("'=HYPERLINK(\"\"x\"\")", "\"'=HYPERLINK(\"\"x\"\")\""));

        const QString file = m_dir.filePath(QStringLiteral("out.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("accounts"), QStringLiteral("--search"),
                 QStringLiteral("BET"), QStringLiteral("--bom"), QStringLiteral("-o"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        const QByteArray written = TestUtil::readFile(file);
        QVERIFY(written.startsWith("\xEF\xBB\xBFid,name,"));
        QCOMPARE(written.count("\r\n"), 2);
        QVERIFY(written.contains("\r\nbeta,"));

        r = cli({QStringLiteral("excluded-domains"), QStringLiteral("add"), QStringLiteral("ACME.io")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("added acme.io\n"));
        r = cli({QStringLiteral("excluded-domains"), QStringLiteral("list")});
        QCOMPARE(r.out, QByteArray("acme.io\n"));
        r = cli({QStringLiteral("--now"), QStringLiteral("2026-12-01T12:00:00Z"), QStringLiteral("kpis"),
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("company_domain_accounts")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("active_accounts_30d")).toInt(), 0);

        r = cli({QStringLiteral("export"), QStringLiteral("users")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("email,name,created_at,last_login,accounts,roles\r\n"
                                   "joe@gmail.com,,2026-12-01T12:00:00Z,2026-10-01T10:00:00Z,beta,admin\r\n"));
        r = cli({QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--include-excluded"),
                 QStringLiteral("--account"), QStringLiteral("acme")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count("\r\n"), 3);
        QVERIFY(r.out.contains("\r\nann@acme.io,Ann,"));
        QVERIFY(r.out.contains("qa@qa.acme.io,"));
        r = cli(
            {QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--account"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);

        r = cli({QStringLiteral("excluded-domains"), QStringLiteral("remove"), QStringLiteral("other.io")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("excluded-domains"), QStringLiteral("add"), QStringLiteral("bad domain")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("excluded-domains"), QStringLiteral("remove"), QStringLiteral("acme.io")});
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("excluded-domains"), QStringLiteral("list")}).out, QByteArray());
    }

    void failedImportNamesLineAndChangesNothing()
    {
        const QString fixture = fixtureDir();
        QCOMPARE(cli({QStringLiteral("import"), fixture}).code, 0);
        const QByteArray before = cli({QStringLiteral("export"), QStringLiteral("accounts")}).out;
        const QString bad = TestUtil::writeFile(m_dir.path(), QStringLiteral("bad.csv"),
                                                "id,name,created_at\nnew-one,New,2026-01-01\nnew-two,New 2,someday\n");
        const Result r = cli({QStringLiteral("import"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.csv:3: column \"created_at\": \"someday\""), r.err.constData());
        QVERIFY(r.err.contains("nothing was changed"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("accounts")}).out, before);
    }

    void environmentsAreSeparateFiles()
    {
        QCOMPARE(
            cli({QStringLiteral("--env"), QStringLiteral("Production"), QStringLiteral("import"), fixtureDir()}).code,
            0);
        QVERIFY(QFile::exists(QDir(m_data).filePath(QStringLiteral("production.sqlite"))));
        const Result dev = cli({QStringLiteral("kpis"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(dev.out).object().value(QStringLiteral("accounts")).toInt(), 0);
        const Result prod = cli(
            {QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("kpis"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(prod.out).object().value(QStringLiteral("accounts")).toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(prod.out).object().value(QStringLiteral("environment")).toString(),
                 QStringLiteral("production"));
    }

    void dataDirFromTheEnvironment()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKOFFICE_DATA_DIR"), m_data);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BACKOFFICE_CLI),
                {QStringLiteral("--env"), QStringLiteral("qa"), QStringLiteral("kpis")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(QDir(m_data).filePath(QStringLiteral("qa.sqlite"))));
    }

    void refusesForeignAndNewerFiles()
    {
        QDir().mkpath(m_data);
        const QByteArray text("this is not a database\n");
        const QString path = TestUtil::writeFile(m_data, QStringLiteral("staging.sqlite"), text);
        const Result r = cli({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("kpis")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not an SQLite database"));
        QCOMPARE(TestUtil::readFile(path), text);

        {
            Database db;
            QVERIFY(db.open(QDir(m_data).filePath(QStringLiteral("qa.sqlite"))));
            db.exec(QStringLiteral("PRAGMA user_version = 1000"));
        }
        const Result newer = cli({QStringLiteral("--env"), QStringLiteral("qa"), QStringLiteral("kpis")});
        QCOMPARE(newer.code, 1);
        QVERIFY(newer.err.contains("newer"));
    }

    void accountManagementRoundTrip()
    {
        const auto ok = [&](const QStringList& args) {
            const Result r = cli(args);
            if (r.code != 0)
                qWarning("%s -> %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.code, r.err.constData());
            return r.code == 0;
        };
        const auto json = [&](const QStringList& args) { return QJsonDocument::fromJson(cli(args).out); };
        QVERIFY(ok({"import", fixtureDir()}));
        QVERIFY(ok({"accounts", "add", "--id", "initech", "--name", "Initech", "--website", "https://initech.com",
                    "--primary", "Bill@Initech.com", "--role", "admin", "--role", "read-only"}));
        const Result generated = cli({"accounts", "add", "--name", "Generated"});
        QCOMPARE(generated.code, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^added account [0-9a-f-]{36}\n$"))
                    .match(QString::fromUtf8(generated.out))
                    .hasMatch());

        QJsonObject shown = json({"accounts", "show", "initech", "--json"}).object();
        QCOMPARE(shown.value(QStringLiteral("primary_email")).toString(), QStringLiteral("bill@initech.com"));
        QCOMPARE(shown.value(QStringLiteral("members"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("roles"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(shown.value(QStringLiteral("members"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("invited"));
        QCOMPARE(shown.value(QStringLiteral("policy")).toObject().value(QStringLiteral("inherited")).toBool(), true);

        QVERIFY(ok({"roles", "add", "--key", "billing", "--name", "Billing", "--level", "2", "--permission",
                    "invoices.read"}));
        QCOMPARE(json({"roles", "list", "--json"}).array().size(), 3);
        QVERIFY(ok({"members", "add", "--account", "initech", "--email", "peter@initech.com", "--role", "billing"}));
        QVERIFY(
            ok({"members", "set-roles", "--account", "initech", "--email", "peter@initech.com", "--role", "admin"}));
        QCOMPARE(cli({"roles", "remove", "admin"}).code, 1); // in use
        QVERIFY(ok({"members", "add", "--account", "initech", "--email", "temp@initech.com", "--role", "billing"}));
        QCOMPARE(cli({"roles", "remove", "billing"}).code, 1);
        QCOMPARE(cli({"roles", "move-members", "billing", "read-only"}).out,
                 QByteArray("moved 1 membership from billing to read-only\n"));
        QCOMPARE(cli({"roles", "move-members", "billing"}).code, 2);
        QVERIFY(ok({"roles", "remove", "billing"}));
        QCOMPARE(cli({"members", "remove", "--account", "initech", "--email", "bill@initech.com"}).code, 1); // primary
        QVERIFY(ok({"members", "remove", "--account", "initech", "--email", "peter@initech.com"}));
        QCOMPARE(cli({"members", "add", "--account", "initech", "--email", "x@y.io", "--role", "nope"}).code, 1);
        QCOMPARE(cli({"members", "add", "--account", "initech", "--email", "x@y.io"}).code, 2); // no --role

        QVERIFY(ok({"policy", "set", "initech", "--complexity", "custom", "--min-length", "14", "--history", "5",
                    "--expiration-days", "90", "--lockout", "5", "--mfa", "force-except-sso", "--allow-mfa", "true"}));
        const QJsonObject policy = json({"policy", "show", "initech", "--json"}).object();
        QCOMPARE(policy.value(QStringLiteral("min_length")).toInt(), 14);
        QCOMPARE(policy.value(QStringLiteral("inherited")).toBool(), false);
        QCOMPARE(cli({"policy", "set-default", "--lockout", "3"}).code, 1); // initech's 5 would be looser
        QVERIFY(ok({"policy", "set-default", "--lockout", "10", "--history", "2"}));
        QCOMPARE(json({"policy", "show-default", "--json"}).object().value(QStringLiteral("lockout")).toInt(), 10);
        QCOMPARE(cli({"policy", "set-default", "initech"}).code, 2);
        const Result looser = cli({"policy", "set", "initech", "--allow-mfa", "false", "--lockout", "25"});
        QCOMPARE(looser.code, 1);
        QCOMPARE(looser.err.count('\n'), 1);
        QCOMPARE(json({"policy", "show", "initech", "--json"}).object(), policy);

        const QString file = TestUtil::writeFile(m_dir.path(), QStringLiteral("meta.json"), "{\"tier\": \"gold\"}");
        QVERIFY(ok({"metadata", "set", "initech", "--file", file}));
        QCOMPARE(json({"metadata", "get", "initech"}).object().value(QStringLiteral("tier")).toString(),
                 QStringLiteral("gold"));
        const Result badJson = cli({"metadata", "set", "initech", "{\"tier\": }"});
        QCOMPARE(badJson.code, 1);
        QVERIFY(badJson.err.contains("offset"));
        QCOMPARE(cli({"metadata", "set", "initech", "[1]"}).code, 1);
        QCOMPARE(json({"sso", "list", "initech", "--json"}).array().size(), 0);

        // Delete, restore, purge, and the figures follow.
        const auto accountsKpi = [&] {
            return json({"kpis", "--json"}).object().value(QStringLiteral("accounts")).toInt();
        };
        const int before = accountsKpi();
        QVERIFY(ok({"accounts", "delete", "acme"}));
        QCOMPARE(accountsKpi(), before - 1);
        QVERIFY(!cli({"export", "accounts"}).out.contains("\r\nacme,"));
        QCOMPARE(json({"accounts", "show", "acme", "--json"}).object().value(QStringLiteral("in_trash")).toBool(),
                 true);
        QVERIFY(ok({"accounts", "restore", "acme"}));
        QCOMPARE(accountsKpi(), before);
        QCOMPARE(
            json({"accounts", "show", "acme", "--json"}).object().value(QStringLiteral("members")).toArray().size(), 2);
        QVERIFY(ok({"accounts", "delete", "acme"}));
        QCOMPARE(cli({"accounts", "add", "--id", "acme", "--name", "Acme"}).out,
                 QByteArray("restored from the trash: acme\n"));
        QVERIFY(ok({"accounts", "purge", "acme"}));
        QCOMPARE(accountsKpi(), before - 1);
        QCOMPARE(cli({"accounts", "show", "acme"}).code, 1);
        QCOMPARE(cli({"accounts", "restore", "acme"}).code, 1);
        QVERIFY(!cli({"export", "users", "--include-excluded"}).out.contains(",acme,"));

        // Every change is in the history, newest first, with who did it.
        const QJsonArray history = json({"history", "--account", "initech", "--json"}).array();
        QVERIFY(history.size() >= 6);
        QCOMPARE(history.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("account.metadata"));
        QVERIFY(!history.first().toObject().value(QStringLiteral("actor")).toString().isEmpty());
        QCOMPARE(history.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("account.add"));
        QVERIFY(cli({"history"}).out.contains("account.purge"));
        QCOMPARE(cli({"accounts", "frob", "x"}).code, 2);
        QCOMPARE(cli({"accounts", "add"}).code, 2);
        QCOMPARE(cli({"accounts", "add", "--id", "bad id", "--name", "X"}).code, 1);
    }

    void demoIsReproducible()
    {
        const QStringList args = {QStringLiteral("--now"), QStringLiteral("2026-12-01T00:00:00Z"),
                                  QStringLiteral("demo"),  QStringLiteral("--accounts"),
                                  QStringLiteral("40"),    QStringLiteral("--seed"),
                                  QStringLiteral("7")};
        const QString other = m_data + QStringLiteral("-other");
        Result r = cli(args);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("accounts: 40 added"));
        QCOMPARE(cli(args, other).code, 0);
        const QByteArray a = cli({QStringLiteral("export"), QStringLiteral("accounts")}).out;
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("accounts")}, other).out, a);
        QCOMPARE(a.count("\r\n"), 41);
        // Running it again changes nothing.
        r = cli(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("accounts: 0 added, 0 updated, 40 skipped"));
        QVERIFY(r.out.contains("logins: 0 added"));
        // The data has personal and company domains, and testing users.
        const QByteArray users = cli({QStringLiteral("export"), QStringLiteral("users")}).out;
        QVERIFY(users.contains("@gmail.com") || users.contains("@outlook.com") || users.contains("@yahoo.com"));
        const Result k = cli({QStringLiteral("--now"), QStringLiteral("2026-12-01T00:00:00Z"), QStringLiteral("kpis"),
                              QStringLiteral("--json")});
        const QJsonObject kpis = QJsonDocument::fromJson(k.out).object();
        QVERIFY(kpis.value(QStringLiteral("active_accounts_30d")).toInt() > 0);
        QVERIFY(kpis.value(QStringLiteral("company_domain_accounts")).toInt() > 0);
        QVERIFY(kpis.value(QStringLiteral("company_domain_accounts")).toInt() < 40);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
