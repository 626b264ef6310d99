#include "AccountService.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Instant.h"
#include "Metrics.h"
#include "RoleService.h"
#include "SecurityPolicy.h"
#include "SsoService.h"
#include "TestUtil.h"

#include <QJsonDocument>
#include <QTest>

// Account management in the core: every action, its validation, its audit entry, and the trash.
class TestAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    qint64 auditCount(const QString& action)
    {
        return m_db
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                    {{QStringLiteral(":a"), action}})
            .toLongLong();
    }

    // Everything an account has, for "restore brings back all it had".
    QString accountState(const QString& id)
    {
        AccountService accounts(m_db);
        SsoService sso(m_db);
        PolicyService policies(m_db);
        QStringList out;
        auto details = accounts.find(id)->toJson();
        details.remove(QStringLiteral("deleted_at"));
        out << QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        for (const Member& m : accounts.members(id))
            out << m.email + QLatin1Char(':') + m.roles.join(QLatin1Char(',')) +
                       (m.primary ? QStringLiteral("*") : QString());
        out << QString::fromUtf8(QJsonDocument(policies.effective(id).toJson()).toJson(QJsonDocument::Compact));
        for (const SsoConfig& c : sso.list(id))
            out << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        Clock::setFixed(*Instant::parse(QStringLiteral("2026-12-01T12:00:00Z")));
    }

    void cleanup()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        Clock::reset();
    }

    void addAccount()
    {
        AccountService accounts(m_db);
        const auto id = accounts.add({QStringLiteral("acme"),
                                      QStringLiteral(" Acme "),
                                      QStringLiteral("https://acme.io"),
                                      QStringLiteral("Ann@Acme.io"),
                                      {}});
        QVERIFY2(id, qPrintable(accounts.errorString()));
        const AccountDetails a = *accounts.find(*id);
        QCOMPARE(a.name, QStringLiteral("Acme"));
        QCOMPARE(a.primaryEmail, QStringLiteral("ann@acme.io"));
        const QList<Member> members = accounts.members(*id);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().roles, QStringList{QStringLiteral("admin")}); // the creator's default
        QVERIFY(members.first().invited());
        QCOMPARE(auditCount(QStringLiteral("account.add")), 1);

        const auto generated = accounts.add({QString(), QStringLiteral("No ID"), QString(), QString(), {}});
        QVERIFY2(generated, qPrintable(accounts.errorString()));
        QCOMPARE(generated->size(), 36); // a UUID
        QCOMPARE(accounts.members(*generated).size(), 0);
    }

    void addAccountRefusesBadInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad id") << "a b"
                                << "N"
                                << ""
                                << "" << QStringList() << "may only hold";
        QTest::newRow("duplicate id") << "taken"
                                      << "N"
                                      << ""
                                      << "" << QStringList() << "already exists";
        QTest::newRow("empty name") << "x"
                                    << "  "
                                    << ""
                                    << "" << QStringList() << "name is required";
        QTest::newRow("bad website") << "x"
                                     << "N"
                                     << "acme.io"
                                     << "" << QStringList() << "https://";
        QTest::newRow("bad email") << "x"
                                   << "N"
                                   << ""
                                   << "ann@" << QStringList() << "not a valid email";
        QTest::newRow("unknown role") << "x"
                                      << "N"
                                      << ""
                                      << "ann@acme.io" << QStringList{"owner"} << "unknown role";
    }

    void addAccountRefusesBadInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, website);
        QFETCH(QString, email);
        QFETCH(QStringList, roles);
        QFETCH(QString, error);
        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("taken"), QStringLiteral("Taken"), QString(), QString(), {}}));
        const QString before = TestUtil::snapshot(m_db);
        QVERIFY(!accounts.add({id, name, website, email, roles}));
        QVERIFY2(accounts.errorString().contains(error), qPrintable(accounts.errorString()));
        QCOMPARE(TestUtil::snapshot(m_db), before);
    }

    void detailsAndMetadata()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("acme"), QStringLiteral("Acme"), QString(), QString(), {}}));
        QVERIFY(accounts.updateDetails(QStringLiteral("acme"), QStringLiteral("Acme Corp"),
                                       QStringLiteral("https://acme.io/")));
        QCOMPARE(accounts.find(QStringLiteral("acme"))->name, QStringLiteral("Acme Corp"));
        QVERIFY(!accounts.updateDetails(QStringLiteral("acme"), QString(), QString()));
        QVERIFY(!accounts.updateDetails(QStringLiteral("nope"), QStringLiteral("X"), QString()));
        QVERIFY(accounts.setMetadata(QStringLiteral("acme"), QStringLiteral("{\"plan\": \"pro\", \"seats\": 5}")));
        QCOMPARE(accounts.find(QStringLiteral("acme"))->metadata, QStringLiteral("{\"plan\":\"pro\",\"seats\":5}"));
        QVERIFY(!accounts.setMetadata(QStringLiteral("acme"), QStringLiteral("[1, 2]")));
        QVERIFY(!accounts.setMetadata(QStringLiteral("acme"), QStringLiteral("{\"a\": ")));
        QVERIFY(accounts.errorString().contains(QLatin1String("offset")));
        QVERIFY(!accounts.setMetadata(QStringLiteral("acme"), QStringLiteral("{\"a\":\"") +
                                                                  QString(70000, QLatin1Char('x')) +
                                                                  QStringLiteral("\"}")));
        QCOMPARE(auditCount(QStringLiteral("account.metadata")), 1);
        QCOMPARE(auditCount(QStringLiteral("account.update")), 1);
    }

    void members()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add(
            {QStringLiteral("acme"), QStringLiteral("Acme"), QString(), QStringLiteral("ann@acme.io"), {}}));
        QVERIFY(accounts.addMember(QStringLiteral("acme"), QStringLiteral("Bob@Acme.io"), {}));
        QCOMPARE(accounts.members(QStringLiteral("acme")).last().roles, QStringList{QStringLiteral("read-only")});
        QVERIFY(!accounts.addMember(QStringLiteral("acme"), QStringLiteral("bob@acme.io"), {}));
        QVERIFY(accounts.errorString().contains(QLatin1String("already a member")));
        QVERIFY(
            !accounts.addMember(QStringLiteral("acme"), QStringLiteral("carol@acme.io"), {QStringLiteral("owner")}));
        QVERIFY(accounts.setMemberRoles(QStringLiteral("acme"), QStringLiteral("bob@acme.io"),
                                        {QStringLiteral("read-only"), QStringLiteral("admin")}));
        QCOMPARE(accounts.members(QStringLiteral("acme")).last().roles,
                 (QStringList{QStringLiteral("admin"), QStringLiteral("read-only")}));
        QVERIFY(!accounts.setMemberRoles(QStringLiteral("acme"), QStringLiteral("bob@acme.io"), {}));
        QVERIFY(!accounts.removeMember(QStringLiteral("acme"), QStringLiteral("ann@acme.io")));
        QVERIFY(accounts.errorString().contains(QLatin1String("primary")));
        QVERIFY(accounts.removeMember(QStringLiteral("acme"), QStringLiteral("bob@acme.io")));
        QCOMPARE(accounts.members(QStringLiteral("acme")).size(), 1);
        QCOMPARE(accounts.find(QStringLiteral("acme"))->users, 1);
        QCOMPARE(auditCount(QStringLiteral("member.add")), 1);
        QCOMPARE(auditCount(QStringLiteral("member.roles")), 1);
        QCOMPARE(auditCount(QStringLiteral("member.remove")), 1);
    }

    void trashRestoresEverythingAndPurgeForgets()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add(
            {QStringLiteral("acme"), QStringLiteral("Acme"), QString(), QStringLiteral("ann@acme.io"), {}}));
        QVERIFY(accounts.addMember(QStringLiteral("acme"), QStringLiteral("bob@acme.io"), {QStringLiteral("admin")}));
        QVERIFY(accounts.setMetadata(QStringLiteral("acme"), QStringLiteral("{\"plan\":\"pro\"}")));
        SecurityPolicy strict;
        strict.complexity = SecurityPolicy::Complexity::Hard;
        strict.mfa = SecurityPolicy::Mfa::Force;
        PolicyService policies(m_db);
        QVERIFY(policies.set(QStringLiteral("acme"), strict));
        SsoConfig oidc;
        oidc.type = SsoConfig::Type::Oidc;
        oidc.domains = {{QStringLiteral("acme.io"), false, QString()}};
        oidc.oidcIssuer = QStringLiteral("https://login.acme.io");
        oidc.oidcClientId = QStringLiteral("client");
        oidc.oidcClientSecret = QStringLiteral("very-secret-value");
        SsoService sso(m_db);
        QVERIFY2(sso.add(QStringLiteral("acme"), oidc), qPrintable(sso.errorString()));
        TestUtil::importCsv(
            m_db, m_dir.path(),
            {{QStringLiteral("logins.csv"), "account_id,email,at\nacme,ann@acme.io,2026-11-30T10:00:00Z\n"}});
        const QString before = accountState(QStringLiteral("acme"));
        QCOMPARE(Metrics::kpis(m_db, Clock::now()).activeAccounts30d, 1);

        QVERIFY(accounts.moveToTrash(QStringLiteral("acme")));
        QVERIFY(accounts.find(QStringLiteral("acme"))->inTrash());
        QCOMPARE(accounts.trash().size(), 1);
        const Kpis trashed = Metrics::kpis(m_db, Clock::now());
        QCOMPARE(trashed.accounts, 0);
        QCOMPARE(trashed.activeAccounts30d, 0);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM daily_active")).toInt(), 0);
        QVERIFY(!accounts.addMember(QStringLiteral("acme"), QStringLiteral("x@acme.io"), {})); // in the trash
        QVERIFY(!accounts.moveToTrash(QStringLiteral("acme")));

        QVERIFY(accounts.restore(QStringLiteral("acme")));
        QCOMPARE(accountState(QStringLiteral("acme")), before);
        QCOMPARE(Metrics::kpis(m_db, Clock::now()).activeAccounts30d, 1);

        // Adding a trashed ID restores it.
        QVERIFY(accounts.moveToTrash(QStringLiteral("acme")));
        bool restored = false;
        QCOMPARE(
            accounts.add({QStringLiteral("acme"), QStringLiteral("Whatever"), QString(), QString(), {}}, &restored),
            std::optional<QString>(QStringLiteral("acme")));
        QVERIFY(restored);
        QCOMPARE(accountState(QStringLiteral("acme")), before);

        QVERIFY(accounts.purge(QStringLiteral("acme")));
        QVERIFY(!accounts.find(QStringLiteral("acme")));
        for (const char* table : {"memberships", "membership_roles", "logins", "account_days", "daily_active",
                                  "security_policies", "sso_configs", "sso_domains"})
            QVERIFY2(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt() == 0,
                     table);
        QCOMPARE(auditCount(QStringLiteral("account.purge")), 1);
        QVERIFY(!accounts.restore(QStringLiteral("acme")));
    }

    void roles()
    {
        RoleService roles(m_db);
        QCOMPARE(roles.roles().size(), 2);
        QCOMPARE(roles.defaultRole(), QStringLiteral("read-only"));
        QVERIFY(roles.add({QStringLiteral("billing"),
                           QStringLiteral("Billing"),
                           QStringLiteral("Invoices"),
                           1,
                           {QStringLiteral("billing.read"), QStringLiteral("billing.write")}}));
        QVERIFY(!roles.add({QStringLiteral("billing"), QStringLiteral("Again"), QString(), 1, {}}));
        QVERIFY(!roles.add({QStringLiteral("Bad Key"), QStringLiteral("X"), QString(), 1, {}}));
        QVERIFY(!roles.add({QStringLiteral("x"), QString(), QString(), 1, {}}));
        QVERIFY(!roles.add({QStringLiteral("x"), QStringLiteral("X"), QString(), -1, {}}));
        QVERIFY(roles.update({QStringLiteral("billing"), QStringLiteral("Billing team"), QString(), 2, {}}));
        QCOMPARE(roles.find(QStringLiteral("billing"))->name, QStringLiteral("Billing team"));

        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("acme"),
                              QStringLiteral("Acme"),
                              QString(),
                              QStringLiteral("ann@acme.io"),
                              {QStringLiteral("billing")}}));
        QVERIFY(!roles.remove(QStringLiteral("billing")));
        QVERIFY(roles.errorString().contains(QLatin1String("1 member")));
        QVERIFY(
            accounts.setMemberRoles(QStringLiteral("acme"), QStringLiteral("ann@acme.io"), {QStringLiteral("admin")}));
        QVERIFY(accounts.addMember(QStringLiteral("acme"), QStringLiteral("both@acme.io"),
                                   {QStringLiteral("billing"), QStringLiteral("admin")}));
        QCOMPARE(roles.moveMembers(QStringLiteral("billing"), QStringLiteral("billing")), -1);
        QCOMPARE(roles.moveMembers(QStringLiteral("billing"), QStringLiteral("admin")), 1);
        for (const Member& m : accounts.members(QStringLiteral("acme")))
            QCOMPARE(m.roles, QStringList{QStringLiteral("admin")});
        QCOMPARE(roles.find(QStringLiteral("billing"))->members, 0);
        QCOMPARE(auditCount(QStringLiteral("role.move-members")), 1);
        QVERIFY(roles.setDefaultRole(QStringLiteral("billing")));
        QVERIFY(!roles.remove(QStringLiteral("billing"))); // the default
        QVERIFY(accounts.addMember(QStringLiteral("acme"), QStringLiteral("new@acme.io"), {}));
        QCOMPARE(accounts.members(QStringLiteral("acme")).last().roles, QStringList{QStringLiteral("billing")});
        QVERIFY(
            accounts.setMemberRoles(QStringLiteral("acme"), QStringLiteral("new@acme.io"), {QStringLiteral("admin")}));
        QVERIFY(roles.setDefaultRole(QStringLiteral("read-only")));
        QVERIFY(roles.remove(QStringLiteral("billing")));
        QVERIFY(!roles.find(QStringLiteral("billing")));
        QCOMPARE(auditCount(QStringLiteral("role.remove")), 1);
    }

    void policyOnlyStricter()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("acme"), QStringLiteral("Acme"), QString(), QString(), {}}));
        PolicyService policies(m_db);
        bool inherited = false;
        QCOMPARE(policies.effective(QStringLiteral("acme"), &inherited), policies.environmentDefault());
        QVERIFY(inherited);
        // A stricter environment default, as an administrator would set it.
        SecurityPolicy stricterDefault;
        stricterDefault.complexity = SecurityPolicy::Complexity::Medium;
        stricterDefault.history = 3;
        stricterDefault.expirationDays = 90;
        stricterDefault.lockout = 10;
        stricterDefault.mfa = SecurityPolicy::Mfa::ForceExceptSso;
        QVERIFY(policies.setDefault(stricterDefault));
        SecurityPolicy p = policies.environmentDefault();
        QCOMPARE(p.minLength(), 8);
        p.complexity = SecurityPolicy::Complexity::Custom;
        p.customMinLength = 12;
        QVERIFY(!policies.set(QStringLiteral("acme"), p)); // longer, but without character classes
        QVERIFY(policies.errorString().contains(QLatin1String("upper case")));
        p = policies.environmentDefault();
        p.expirationDays = 0;
        p.lockout = 20;
        p.mfa = SecurityPolicy::Mfa::DontForce;
        p.allowMfa = false;
        p.history = 1;
        QVERIFY(!policies.set(QStringLiteral("acme"), p));
        QCOMPARE(p.looserThan(policies.environmentDefault()).size(), 5);
        p = policies.environmentDefault();
        p.complexity = SecurityPolicy::Complexity::Hard;
        p.expirationDays = 30;
        p.lockout = 5;
        p.mfa = SecurityPolicy::Mfa::Force;
        QVERIFY2(policies.set(QStringLiteral("acme"), p), qPrintable(policies.errorString()));
        QCOMPARE(policies.effective(QStringLiteral("acme"), &inherited), p);
        QVERIFY(!inherited);
        p.lockout = 2;
        QVERIFY(!policies.set(QStringLiteral("acme"), p)); // out of range
        QCOMPARE(auditCount(QStringLiteral("policy.set")), 1);

        // A default that would leave acme looser is refused, naming it; a reachable one is taken.
        SecurityPolicy tighter = policies.environmentDefault();
        tighter.lockout = 3;
        QVERIFY(!policies.setDefault(tighter));
        QVERIFY(policies.errorString().contains(QLatin1String("(acme)")));
        tighter.lockout = 5;
        QVERIFY2(policies.setDefault(tighter), qPrintable(policies.errorString()));
        QCOMPARE(policies.environmentDefault().lockout, 5);
        tighter.lockout = 2;
        QVERIFY(!policies.setDefault(tighter));                    // out of range
        QCOMPARE(auditCount(QStringLiteral("policy.default")), 2); // the stricter default above, then this one
    }

    void sso()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("acme"), QStringLiteral("Acme"), QString(), QString(), {}}));
        SsoService sso(m_db);
        SsoConfig saml;
        saml.domains = {{QStringLiteral("acme.io"), false, QString()}};
        saml.samlSignInUrl = QStringLiteral("https://idp.acme.io/sso");
        saml.samlEntityId = QStringLiteral("https://idp.acme.io");
        saml.groupRoles = {{QStringLiteral("Engineering"), QStringLiteral("admin")}};
        const auto id = sso.add(QStringLiteral("acme"), saml);
        QVERIFY2(id, qPrintable(sso.errorString()));
        QList<SsoConfig> list = sso.list(QStringLiteral("acme"));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().domains.first().txtRecord.startsWith(QLatin1String("backoffice-domain-verification=")));
        QVERIFY(sso.setEnabled(QStringLiteral("acme"), *id, false));
        QVERIFY(!sso.list(QStringLiteral("acme")).first().enabled);

        SsoConfig bad = saml;
        bad.samlSignInUrl = QStringLiteral("not a url");
        QVERIFY(!sso.add(QStringLiteral("acme"), bad));
        bad = saml;
        bad.groupRoles = {{QStringLiteral("G"), QStringLiteral("nope")}};
        QVERIFY(!sso.add(QStringLiteral("acme"), bad));
        QCOMPARE(sso.list(QStringLiteral("acme")).size(), 1);

        SsoConfig oidc;
        oidc.type = SsoConfig::Type::Oidc;
        oidc.domains = {{QStringLiteral("acme.io"), true, QString()}};
        oidc.oidcIssuer = QStringLiteral("https://login.acme.io");
        oidc.oidcClientId = QStringLiteral("cid");
        oidc.oidcClientSecret = QStringLiteral("s3cr3t-value-1234");
        const auto oidcId = sso.add(QStringLiteral("acme"), oidc);
        QVERIFY(oidcId);
        const QJsonObject json = sso.list(QStringLiteral("acme")).last().toJson();
        QCOMPARE(json.value(QStringLiteral("client_secret")).toString(), QStringLiteral("••••••••1234"));
        QVERIFY(!QJsonDocument(json).toJson().contains("s3cr3t"));
        QVERIFY(!m_db.scalar(QStringLiteral("SELECT group_concat(after) FROM audit_log"))
                     .toString()
                     .contains(QLatin1String("s3cr3t")));
        SsoConfig edited = sso.list(QStringLiteral("acme")).last();
        edited.oidcClientSecret.clear(); // keeps the stored secret
        edited.oidcClientId = QStringLiteral("cid2");
        QVERIFY(sso.update(QStringLiteral("acme"), edited));
        QCOMPARE(sso.list(QStringLiteral("acme")).last().oidcClientSecret, QStringLiteral("s3cr3t-value-1234"));
        QVERIFY(sso.remove(QStringLiteral("acme"), *id));
        QCOMPARE(sso.list(QStringLiteral("acme")).size(), 1);
    }

    void samlMetadata()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\"?>\n"
            "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
            "entityID=\"https://idp.example.com/metadata\">\n"
            "  <md:IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
            "    <md:KeyDescriptor use=\"signing\">\n"
            "      <ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data>\n"
            "        <ds:X509Certificate>MIIBszCCAVmgAwIBAgIUQ\n"
            "        ABCDEF==</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n"
            "    </md:KeyDescriptor>\n"
            "    <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" "
            "Location=\"https://idp.example.com/post\"/>\n"
            "    <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
            "Location=\"https://idp.example.com/redirect\"/>\n"
            "  </md:IDPSSODescriptor>\n"
            "</md:EntityDescriptor>";
        QString error;
        const auto meta = SsoService::parseSamlMetadata(xml, &error);
        QVERIFY2(meta, qPrintable(error));
        QCOMPARE(meta->entityId, QStringLiteral("https://idp.example.com/metadata"));
        QCOMPARE(meta->signInUrl, QStringLiteral("https://idp.example.com/redirect"));
        QVERIFY(meta->certificatePem.startsWith(
            QLatin1String("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQABCDEF==\n")));
        QVERIFY(!SsoService::parseSamlMetadata("<broken", &error));
        QVERIFY(error.contains(QLatin1String("line")));
        QVERIFY(!SsoService::parseSamlMetadata("<EntityDescriptor entityID=\"x\"/>", &error));
    }

    void historyFilters()
    {
        AccountService accounts(m_db);
        QVERIFY(accounts.add({QStringLiteral("a1"), QStringLiteral("A1"), QString(), QString(), {}}));
        QVERIFY(accounts.add({QStringLiteral("a2"), QStringLiteral("A2"), QString(), QString(), {}}));
        QVERIFY(accounts.updateDetails(QStringLiteral("a1"), QStringLiteral("A one"), QString()));
        QCOMPARE(AuditLog::entries(m_db, {}).size(), 3);
        QCOMPARE(AuditLog::entries(m_db, {QStringLiteral("a1"), QString(), {}, {}}).size(), 2);
        const auto updates = AuditLog::entries(m_db, {QString(), QStringLiteral("account.update"), {}, {}});
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().before, QStringLiteral("{\"name\":\"A1\",\"website\":\"\"}"));
        QCOMPARE(updates.first().actor, currentActor());
        QCOMPARE(AuditLog::entries(m_db, {QString(), QStringLiteral("account"), {}, {}}).size(), 3);
        QCOMPARE(
            AuditLog::entries(m_db, {QString(), QString(), QDateTime::currentMSecsSinceEpoch() + 60000, {}}).size(), 0);
        QCOMPARE(AuditLog::csvRecord(updates.first()).size(), AuditLog::csvHeader().size());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
