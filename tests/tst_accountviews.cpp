#include "AccountDialog.h"
#include "AccountService.h"
#include "AccountTableModel.h"
#include "AccountsPage.h"
#include "AddAccountDialog.h"
#include "Clock.h"
#include "Dialogs.h"
#include "HistoryPage.h"
#include "HistoryTableModel.h"
#include "Instant.h"
#include "MainWindow.h"
#include "MemberTableModel.h"
#include "MembersTab.h"
#include "RoleService.h"
#include "RolesPage.h"
#include "SecurityPolicy.h"
#include "SsoConfigDialog.h"
#include "SsoService.h"
#include "TestUtil.h"
#include "TrashPage.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

static const char* const TestCertificate = "-----BEGIN CERTIFICATE-----\n"
                                           "MIICPDCCAaWgAwIBAgIUTj4ag/vpzN4XXxR637CKBktZLYowDQYJKoZIhvcNAQEL\n"
                                           "BQAwMDEYMBYGA1UEAwwPaWRwLmV4YW1wbGUuY29tMRQwEgYDVQQKDAtFeGFtcGxl\n"
                                           "IElkUDAeFw0yNjEyMDQxNjI0NDJaFw0zNjEyMDExNjI0NDJaMDAxGDAWBgNVBAMM\n"
                                           "D2lkcC5leGFtcGxlLmNvbTEUMBIGA1UECgwLRXhhbXBsZSBJZFAwgZ8wDQYJKoZI\n"
                                           "hvcNAQEBBQADgY0AMIGJAoGBALB5TAtvpy1hFs+q3roEDN/gw75l6I1dZX9cWECa\n"
                                           "3K0SYFDgAyH2H0bR3R/7lB9bmYTqKGFSQI9zKi94ZEYYIAYw9G34t5xWmXzJqZaE\n"
                                           "RQPq8CrZ1hEDnf+cs86IF++jxBPHlw9lIhbEnMgAb+EFCSQIvQT0syZneCajQp4l\n"
                                           "kHWPAgMBAAGjUzBRMB0GA1UdDgQWBBSRra5f6t8obCkPfX6HB2O4S48+rzAfBgNV\n"
                                           "HSMEGDAWgBSRra5f6t8obCkPfX6HB2O4S48+rzAPBgNVHRMBAf8EBTADAQH/MA0G\n"
                                           "CSqGSIb3DQEBCwUAA4GBACDAsgIY2uptgvmxBeChKFCh5gXGvSGEHI3BV8QlaY4i\n"
                                           "Oig0sSaDpK+cciCaBvCtWFG3j/QARMNFp+IxPKIbdB7hKxYTRnB8xXfBi7YcV5PQ\n"
                                           "mrL8EGJT0MS52KCiOcn0Ozg4pa6nyUsVkdUsQlEpsoB3kEuGvbKFUZFKqD/tXbbv\n"
                                           "-----END CERTIFICATE-----\n";

// Managing accounts in the GUI, driven the way a user does: typing, clicking, keys; modal dialogs
// answered through the Dialogs hooks or, for the app's own dialogs, while they are open.
class TestAccountViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    template <typename T> static T* find(QObject* root, const QString& name)
    {
        T* w = root->findChild<T*>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    // Runs `fill` on the next modal dialog once it is shown (it is shown by exec(), which blocks).
    static void whenModal(std::function<void(QWidget*)> fill)
    {
        QTimer::singleShot(0, qApp, [fill] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                qFatal("no modal dialog");
            fill(modal);
        });
    }

    static void clickOk(QWidget* dialog)
    {
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            qWarning("OK is disabled");
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("BACKOFFICE_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
        }
    }

    AccountDetails account(MainWindow& w, const QString& id)
    {
        return AccountService(w.workspace()->database()).find(id).value_or(AccountDetails());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setRecordMessages(true);
        Clock::setFixed(*Instant::parse(QStringLiteral("2026-12-01T12:00:00Z")));
        m_data = m_dir.filePath(QStringLiteral("data"));
        for (Environment env : {Environment::Development, Environment::Production}) {
            Database db;
            QVERIFY(db.openEnvironment(m_data, env));
            TestUtil::importCsv(
                db, m_dir.path(),
                {{QStringLiteral("accounts.csv"),
                  "id,name,metadata\nacme,Acme,\"{\"\"plan\"\":\"\"pro\"\"}\"\nglobex,Globex,\n"},
                 {QStringLiteral("memberships.csv"),
                  "account_id,email,roles,primary\nacme,ann@acme.io,admin,true\nacme,bob@acme.io,read-only,\n"
                  "globex,gus@globex.com,admin,true\n"}});
        }
    }

    void init() { Dialogs::clearRecordedMessages(); }

    void addAccountDialogValidatesLive()
    {
        Workspace workspace(m_data);
        QVERIFY(workspace.open(Environment::Development));
        AddAccountDialog dialog(&workspace);
        dialog.show();
        QPushButton* create = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* name = find<QLineEdit>(&dialog, QStringLiteral("newAccountName"));
        auto* id = find<QLineEdit>(&dialog, QStringLiteral("newAccountId"));
        QVERIFY(!create->isEnabled()); // no name yet
        QVERIFY(dialog.idStatus().contains(QLatin1String("UUID")));
        QTest::keyClicks(name, QStringLiteral("Initech"));
        QVERIFY(create->isEnabled());
        QTest::keyClicks(id, QStringLiteral("bad id"));
        QVERIFY(dialog.idStatus().startsWith(QStringLiteral("✗")));
        QVERIFY(!create->isEnabled());
        id->clear();
        QTest::keyClicks(id, QStringLiteral("acme"));
        QVERIFY(dialog.idStatus().contains(QLatin1String("already exists")));
        QVERIFY(!create->isEnabled());
        id->clear();
        QTest::keyClicks(id, QStringLiteral("initech"));
        QCOMPARE(dialog.idStatus(), QStringLiteral("✓ Available"));
        QTest::keyClicks(find<QLineEdit>(&dialog, QStringLiteral("newAccountWebsite")), QStringLiteral("initech.com"));
        QVERIFY(!create->isEnabled()); // not an http(s) address
        find<QLineEdit>(&dialog, QStringLiteral("newAccountWebsite"))->clear();
        QTest::keyClicks(find<QLineEdit>(&dialog, QStringLiteral("newAccountPrimaryEmail")),
                         QStringLiteral("Bill@Initech.com"));
        QVERIFY(create->isEnabled());
        screenshot(&dialog, QStringLiteral("add-account"));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdId(), QStringLiteral("initech"));
        const QList<Member> members = AccountService(workspace.database()).members(QStringLiteral("initech"));
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().email, QStringLiteral("bill@initech.com"));
        QCOMPARE(members.first().roles, QStringList{QStringLiteral("admin")});
    }

    void newAccountWithTheKeyboardOnly()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        whenModal([](QWidget* modal) {
            // Focus starts in the name field; Tab moves through ID, website, email; Enter creates.
            QApplication::setActiveWindow(modal); // what the window manager does when a dialog opens
            if (!QTest::qWaitForWindowActive(modal))
                qFatal("the dialog did not become active");
            const auto focused = [modal] { return modal->focusWidget(); };
            QCOMPARE(focused()->objectName(), QStringLiteral("newAccountName"));
            QTest::keyClicks(focused(), QStringLiteral("Keyboard Co"));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), QStringLiteral("kbd-co"));
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClick(focused(), Qt::Key_Tab);
            QTest::keyClicks(focused(), QStringLiteral("kim@kbd.co"));
            QCOMPARE(focused()->objectName(), QStringLiteral("newAccountPrimaryEmail"));
            QTest::keyClick(focused(), Qt::Key_Return);
        });
        QTest::keySequence(&w, QKeySequence(QKeySequence::New));
        const AccountDetails created = account(w, QStringLiteral("kbd-co"));
        QCOMPARE(created.name, QStringLiteral("Keyboard Co"));
        QCOMPARE(created.primaryEmail, QStringLiteral("kim@kbd.co"));
        // The new account opens at once.
        auto* dialog = w.findChild<AccountDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->accountId(), QStringLiteral("kbd-co"));
        dialog->close();
        QVERIFY(AccountService(w.workspace()->database()).purge(QStringLiteral("kbd-co")));
    }

    void accountViewOpensCopiesAndUndoesEdits()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTableView* table = w.accountsPage()->table();
        const int row = 0; // "Acme" sorts first
        QCOMPARE(w.accountsPage()->model()->accountIdAt(row), QStringLiteral("acme"));
        const QRect rect = table->visualRect(w.accountsPage()->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        auto* dialog = w.findChild<AccountDialog*>();
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->accountId(), QStringLiteral("acme"));
        QVERIFY(dialog->windowTitle().startsWith(QLatin1String("Acme")));

        QTest::mouseClick(find<QWidget>(dialog, QStringLiteral("copyIdButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("acme"));
        QCOMPARE(dialog->copiedText(), QStringLiteral("✓ Copied"));

        // Details, saved with Enter, then undone and redone with the standard shortcuts.
        auto* name = find<QLineEdit>(dialog, QStringLiteral("detailsName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Acme Corporation"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(account(w, QStringLiteral("acme")).name, QStringLiteral("Acme Corporation"));
        QCOMPARE(w.accountsPage()->model()->index(0, 0).data().toString(), QStringLiteral("Acme Corporation"));
        name->clear();
        QVERIFY(!find<QPushButton>(dialog, QStringLiteral("saveDetailsButton"))->isEnabled());
        QTest::keySequence(dialog, QKeySequence(QKeySequence::Undo)); // in the account window
        QCOMPARE(account(w, QStringLiteral("acme")).name, QStringLiteral("Acme"));
        QCOMPARE(name->text(), QStringLiteral("Acme")); // the view follows the undo
        QTest::keySequence(dialog, QKeySequence(QKeySequence::Redo));
        QCOMPARE(account(w, QStringLiteral("acme")).name, QStringLiteral("Acme Corporation"));
        w.undoStack()->undo();
        screenshot(dialog, QStringLiteral("account-details"));
        // Enter on a row opens too, and a second request raises the same window.
        table->setFocus();
        table->setCurrentIndex(w.accountsPage()->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(w.findChildren<AccountDialog*>().size(), 1);
    }

    void membersAddChangeRemove()
    {
        MainWindow w(m_data, Environment::Development);
        AccountDialog* dialog = w.openAccount(QStringLiteral("acme"));
        dialog->tabs()->setCurrentIndex(1);
        MembersTab* tab = dialog->membersTab();
        QCOMPARE(tab->model()->rowCount(), 2);
        QVERIFY(tab->model()->index(0, 0).data(MemberTableModel::PrimaryRole).toBool());

        whenModal([](QWidget* modal) {
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("memberEmail")),
                             QStringLiteral("New.Person@acme.io"));
            auto* roles = modal->findChild<QListWidget*>(QStringLiteral("roleChecklist"));
            for (int i = 0; i < roles->count(); ++i)
                roles->item(i)->setCheckState(
                    roles->item(i)->data(Qt::UserRole) == QStringLiteral("admin") ? Qt::Checked : Qt::Unchecked);
            clickOk(modal);
        });
        QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("addMemberButton")), Qt::LeftButton);
        QCOMPARE(tab->model()->rowCount(), 3);
        const QList<Member> members = AccountService(w.workspace()->database()).members(QStringLiteral("acme"));
        QVERIFY(std::any_of(members.cbegin(), members.cend(), [](const Member& m) {
            return m.email == QLatin1String("new.person@acme.io") && m.roles == QStringList{QStringLiteral("admin")} &&
                   m.invited();
        }));

        // The primary user cannot be removed: the button says so.
        tab->table()->selectRow(0);
        QVERIFY(!find<QPushButton>(tab, QStringLiteral("removeMemberButton"))->isEnabled());
        // Change bob's roles (undoable), then remove him.
        const int bob = [&] {
            for (int r = 0; r < tab->model()->rowCount(); ++r)
                if (tab->model()->index(r, 0).data(MemberTableModel::EmailRole) == QStringLiteral("bob@acme.io"))
                    return r;
            return -1;
        }();
        tab->table()->selectRow(bob);
        whenModal([](QWidget* modal) {
            auto* roles = modal->findChild<QListWidget*>(QStringLiteral("roleChecklist"));
            for (int i = 0; i < roles->count(); ++i)
                roles->item(i)->setCheckState(Qt::Checked);
            clickOk(modal);
        });
        QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("changeRolesButton")), Qt::LeftButton);
        const auto bobRoles = [&] {
            for (const Member& m : AccountService(w.workspace()->database()).members(QStringLiteral("acme")))
                if (m.email == QLatin1String("bob@acme.io"))
                    return m.roles;
            return QStringList();
        };
        QCOMPARE(bobRoles(), (QStringList{QStringLiteral("admin"), QStringLiteral("read-only")}));
        w.undoStack()->undo();
        QCOMPARE(bobRoles(), QStringList{QStringLiteral("read-only")});
        screenshot(dialog, QStringLiteral("account-users"));
        tab->table()->selectRow(bob);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(tab, QStringLiteral("removeMemberButton")), Qt::LeftButton);
        QCOMPARE(bobRoles(), QStringList());
        QCOMPARE(tab->model()->rowCount(), 2);
    }

    void policyAllowsOnlyStricter()
    {
        MainWindow w(m_data, Environment::Development);
        Database& db = w.workspace()->database();
        SecurityPolicy stricterDefault;
        stricterDefault.complexity = SecurityPolicy::Complexity::Medium;
        stricterDefault.history = 2;
        QVERIFY(PolicyService(db).setDefault(stricterDefault));
        AccountDialog* dialog = w.openAccount(QStringLiteral("globex"));
        dialog->tabs()->setCurrentIndex(2);
        auto* complexity = find<QComboBox>(dialog, QStringLiteral("policyComplexity"));
        auto* save = find<QPushButton>(dialog, QStringLiteral("savePolicyButton"));
        auto* problems = find<QLabel>(dialog, QStringLiteral("policyProblems"));
        QCOMPARE(complexity->currentData().toInt(), int(SecurityPolicy::Complexity::Medium));
        QVERIFY(save->isEnabled());
        complexity->setFocus();
        QTest::keyClick(complexity, Qt::Key_Home); // Easy: looser than the default
        QVERIFY(!save->isEnabled());
        QVERIFY(problems->text().contains(QLatin1String("at least 8 characters")));
        QTest::keyClick(complexity, Qt::Key_End); // Custom, 8: no character classes
        QVERIFY(problems->text().contains(QLatin1String("upper case")));
        complexity->setCurrentIndex(complexity->findData(int(SecurityPolicy::Complexity::Hard)));
        auto* lockout = find<QSpinBox>(dialog, QStringLiteral("policyLockout"));
        lockout->setValue(2); // out of range
        QVERIFY(!save->isEnabled());
        lockout->setValue(5);
        find<QComboBox>(dialog, QStringLiteral("policyMfa"))->setCurrentIndex(2);
        QVERIFY(problems->text().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        SecurityPolicy stored = PolicyService(db).effective(QStringLiteral("globex"));
        QCOMPARE(stored.complexity, SecurityPolicy::Complexity::Hard);
        QCOMPARE(stored.lockout, 5);
        QCOMPARE(stored.mfa, SecurityPolicy::Mfa::Force);
        screenshot(dialog, QStringLiteral("account-policy"));
        w.undoStack()->undo();
        QCOMPARE(PolicyService(db).effective(QStringLiteral("globex")).complexity, SecurityPolicy::Complexity::Medium);
        QVERIFY(PolicyService(db).setDefault(SecurityPolicy()));
    }

    void defaultPolicyDialog()
    {
        MainWindow w(m_data, Environment::Staging);
        QVERIFY(AccountService(w.workspace()->database())
                    .add({QStringLiteral("s1"), QStringLiteral("S1"), QString(), QString(), {}}));
        SecurityPolicy own;
        own.lockout = 10;
        QVERIFY(PolicyService(w.workspace()->database()).set(QStringLiteral("s1"), own));
        whenModal([](QWidget* modal) {
            auto* lockout = modal->findChild<QSpinBox*>(QStringLiteral("policyLockout"));
            lockout->setValue(5); // s1 locks out after 10: looser than that
            clickOk(modal);
            QVERIFY(modal->isVisible()); // refused, and it says why
            QVERIFY(modal->findChild<QLabel*>(QStringLiteral("defaultPolicyError"))
                        ->text()
                        .contains(QLatin1String("(s1)")));
            lockout->setValue(12);
            clickOk(modal);
        });
        find<QAction>(&w, QStringLiteral("defaultPolicyAction"))->trigger();
        QCOMPARE(PolicyService(w.workspace()->database()).environmentDefault().lockout, 12);
    }

    void metadataTableAndJsonStayInSync()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        AccountDialog* dialog = w.openAccount(QStringLiteral("acme"));
        dialog->tabs()->setCurrentIndex(4);
        auto* table = find<QTableWidget>(dialog, QStringLiteral("metadataTable"));
        auto* json = find<QPlainTextEdit>(dialog, QStringLiteral("metadataJson"));
        auto* error = find<QLabel>(dialog, QStringLiteral("metadataError"));
        auto* save = find<QPushButton>(dialog, QStringLiteral("saveMetadataButton"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("plan"));

        json->selectAll();
        QTest::keyClicks(json, QStringLiteral("{\"plan\": \"pro\","));
        QTest::keyClick(json, Qt::Key_Return);
        QTest::keyClicks(json, QStringLiteral(" \"seats\": }"));
        QVERIFY2(error->text().contains(QLatin1String("line 2, column")), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        json->setPlainText(QStringLiteral("[1]"));
        QVERIFY(error->text().contains(QLatin1String("object")));
        json->setPlainText(QStringLiteral("{\"plan\": \"enterprise\", \"seats\": 40}"));
        QVERIFY(error->text().isEmpty());
        QCOMPARE(table->rowCount(), 2);
        // Editing a cell rewrites the JSON; a value that reads as JSON is JSON.
        table->item(1, 1)->setText(QStringLiteral("45"));
        QVERIFY(json->toPlainText().contains(QLatin1String("\"seats\": 45")));
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("addMetadataKeyButton")), Qt::LeftButton);
        table->item(2, 0)->setText(QStringLiteral("region"));
        table->item(2, 1)->setText(QStringLiteral("eu-west-1"));
        QVERIFY(json->toPlainText().contains(QLatin1String("\"region\": \"eu-west-1\"")));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(account(w, QStringLiteral("acme")).metadata,
                 QStringLiteral("{\"plan\":\"enterprise\",\"region\":\"eu-west-1\",\"seats\":45}"));
        screenshot(dialog, QStringLiteral("account-metadata"));
        QTest::keySequence(&w, QKeySequence(QKeySequence::Undo));
        QCOMPARE(account(w, QStringLiteral("acme")).metadata, QStringLiteral("{\"plan\":\"pro\"}"));
        QCOMPARE(table->rowCount(), 1);
    }

    void ssoConfigurations()
    {
        MainWindow w(m_data, Environment::Development);
        // The dialog itself: metadata import fills SAML, the certificate is described.
        const QString xml = TestUtil::writeFile(
            m_dir.path(), QStringLiteral("idp.xml"),
            "<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://idp.example.com\">"
            "<IDPSSODescriptor><SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" "
            "Location=\"https://idp.example.com/sso\"/></IDPSSODescriptor></EntityDescriptor>");
        SsoConfig empty;
        SsoConfigDialog config(w.workspace()->database(), empty);
        QVERIFY(config.importMetadata(xml));
        QCOMPARE(find<QLineEdit>(&config, QStringLiteral("samlSignInUrl"))->text(),
                 QStringLiteral("https://idp.example.com/sso"));
        find<QPlainTextEdit>(&config, QStringLiteral("samlCertificate"))
            ->setPlainText(QString::fromLatin1(TestCertificate));
        QVERIFY2(config.certificateSummary().contains(QLatin1String("idp.example.com")),
                 qPrintable(config.certificateSummary()));
        QVERIFY(config.certificateSummary().contains(QLatin1String("2036")));
        QVERIFY(!config.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled()); // no domain yet
        QVERIFY(!config.importMetadata(TestUtil::writeFile(m_dir.path(), QStringLiteral("bad.xml"), "<oops")));

        // Through the SSO tab: add an OIDC configuration, disable it, remove it.
        AccountDialog* dialog = w.openAccount(QStringLiteral("acme"));
        dialog->tabs()->setCurrentIndex(3);
        whenModal([](QWidget* modal) {
            QTest::mouseClick(modal->findChild<QPushButton*>(QStringLiteral("addSsoDomainButton")), Qt::LeftButton);
            auto* domains = modal->findChild<QTableWidget*>(QStringLiteral("ssoDomains"));
            domains->item(0, 0)->setText(QStringLiteral("acme.io"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("oidcIssuer")),
                             QStringLiteral("https://login.acme.io"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("oidcClientId")),
                             QStringLiteral("backoffice"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("oidcClientSecret")),
                             QStringLiteral("top-secret-9876"));
            QCOMPARE(modal->findChild<QLineEdit*>(QStringLiteral("oidcClientSecret"))->echoMode(), QLineEdit::Password);
            clickOk(modal);
        });
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("addOidcButton")), Qt::LeftButton);
        const QList<SsoConfig> configs = SsoService(w.workspace()->database()).list(QStringLiteral("acme"));
        QCOMPARE(configs.size(), 1);
        QCOMPARE(configs.first().oidcClientSecret, QStringLiteral("top-secret-9876"));
        QVERIFY(configs.first().domains.first().txtRecord.startsWith(QLatin1String("backoffice-domain-verification=")));
        auto* list = find<QListWidget>(dialog, QStringLiteral("ssoList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(!list->item(0)->text().contains(QLatin1String("top-secret")));
        screenshot(dialog, QStringLiteral("account-sso"));
        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("toggleSsoButton")), Qt::LeftButton);
        QVERIFY(!SsoService(w.workspace()->database()).list(QStringLiteral("acme")).first().enabled);
        list->setCurrentRow(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("removeSsoButton")), Qt::LeftButton);
        QCOMPARE(SsoService(w.workspace()->database()).list(QStringLiteral("acme")).size(), 0);
    }

    void deleteRestoreAndPurge()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTableView* table = w.accountsPage()->table();
        const auto rowOf = [&](const QString& id) {
            for (int r = 0; r < w.accountsPage()->model()->rowCount(); ++r)
                if (w.accountsPage()->model()->accountIdAt(r) == id)
                    return r;
            return -1;
        };
        table->setFocus();
        table->setCurrentIndex(w.accountsPage()->model()->index(rowOf(QStringLiteral("globex")), 0));
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!account(w, QStringLiteral("globex")).inTrash());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(account(w, QStringLiteral("globex")).inTrash());
        QCOMPARE(rowOf(QStringLiteral("globex")), -1);
        QTest::keySequence(&w, QKeySequence(QKeySequence::Undo)); // undo the delete
        QVERIFY(!account(w, QStringLiteral("globex")).inTrash());
        QVERIFY(rowOf(QStringLiteral("globex")) >= 0);
        QTest::keySequence(&w, QKeySequence(QKeySequence::Redo));
        QVERIFY(account(w, QStringLiteral("globex")).inTrash());

        w.showPage(MainWindow::TrashPageIndex);
        TrashPage* trash = w.trashPage();
        QCOMPARE(trash->table()->rowCount(), 1);
        QCOMPARE(trash->table()->item(0, 1)->text(), QStringLiteral("globex"));
        screenshot(&w, QStringLiteral("trash"));
        trash->table()->selectRow(0);
        QTest::mouseClick(find<QPushButton>(trash, QStringLiteral("restoreButton")), Qt::LeftButton);
        QVERIFY(!account(w, QStringLiteral("globex")).inTrash());
        QCOMPARE(AccountService(w.workspace()->database()).members(QStringLiteral("globex")).size(), 1);
        QCOMPARE(trash->table()->rowCount(), 0);
        QVERIFY(find<QLabel>(trash, QStringLiteral("trashEmpty"))->isVisible());
        screenshot(&w, QStringLiteral("trash-empty"));

        QVERIFY(AccountService(w.workspace()->database())
                    .add({QStringLiteral("temp"), QStringLiteral("Temp"), QString(), QString(), {}}));
        w.workspace()->notifyDataChanged();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        w.deleteAccount(QStringLiteral("temp"));
        trash->table()->selectRow(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextAnswer(QMessageBox::Cancel); // the second confirmation says no
        QTest::mouseClick(find<QPushButton>(trash, QStringLiteral("purgeButton")), Qt::LeftButton);
        QVERIFY(AccountService(w.workspace()->database()).find(QStringLiteral("temp")));
        trash->table()->selectRow(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(trash, QStringLiteral("purgeButton")), Qt::LeftButton);
        QVERIFY(!AccountService(w.workspace()->database()).find(QStringLiteral("temp")));
    }

    void productionDeleteNeedsTheName()
    {
        MainWindow w(m_data, Environment::Production);
        Dialogs::setNextText(QStringLiteral("Acme Inc"));
        w.deleteAccount(QStringLiteral("acme"));
        QVERIFY(!account(w, QStringLiteral("acme")).inTrash());
        QVERIFY(Dialogs::recordedMessages().last().contains(QLatin1String("does not match")));
        Dialogs::setNextText(QString()); // cancelled
        w.deleteAccount(QStringLiteral("acme"));
        QVERIFY(!account(w, QStringLiteral("acme")).inTrash());
        Dialogs::setNextText(QStringLiteral("Acme"));
        w.deleteAccount(QStringLiteral("acme"));
        QVERIFY(account(w, QStringLiteral("acme")).inTrash());
        w.undoStack()->undo();
        QVERIFY(!account(w, QStringLiteral("acme")).inTrash());
    }

    void rolesPage()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        w.showPage(MainWindow::RolesPageIndex);
        RolesPage* page = w.rolesPage();
        const int before = page->table()->rowCount();
        whenModal([](QWidget* modal) {
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("roleKey")), QStringLiteral("Bad Key"));
            QVERIFY(!modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
            modal->findChild<QLineEdit*>(QStringLiteral("roleKey"))->setText(QStringLiteral("support"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("roleName")), QStringLiteral("Support"));
            QTest::keyClicks(modal->findChild<QLineEdit*>(QStringLiteral("rolePermissions")),
                             QStringLiteral("tickets.read, tickets.write"));
            clickOk(modal);
        });
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("addRoleButton")), Qt::LeftButton);
        QCOMPARE(page->table()->rowCount(), before + 1);
        const std::optional<Role> support = RoleService(w.workspace()->database()).find(QStringLiteral("support"));
        QVERIFY(support);
        QCOMPARE(support->permissions, (QStringList{QStringLiteral("tickets.read"), QStringLiteral("tickets.write")}));
        screenshot(&w, QStringLiteral("roles"));

        // admin is held by members: deleting it is refused with the reason.
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 0)->text() == QLatin1String("admin"))
                page->table()->selectRow(r);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("deleteRoleButton")), Qt::LeftButton);
        QVERIFY(Dialogs::recordedMessages().last().contains(QLatin1String("move them to another role first")));
        // Moving read-only's members to support empties it.
        QVERIFY(AccountService(w.workspace()->database())
                    .addMember(QStringLiteral("globex"), QStringLiteral("mover@globex.com"),
                               {QStringLiteral("read-only")}));
        w.workspace()->notifyDataChanged();
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 0)->text() == QLatin1String("read-only"))
                page->table()->selectRow(r);
        Dialogs::setNextText(QStringLiteral("support"));
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("moveMembersButton")), Qt::LeftButton);
        QCOMPARE(RoleService(w.workspace()->database()).find(QStringLiteral("read-only"))->members, 0);
        QVERIFY(RoleService(w.workspace()->database()).find(QStringLiteral("support"))->members > 0);
        QVERIFY(
            RoleService(w.workspace()->database()).moveMembers(QStringLiteral("support"), QStringLiteral("read-only")) >
            0);
        // The default role for new members is chosen here.
        auto* defaultRole = find<QComboBox>(page, QStringLiteral("defaultRoleCombo"));
        defaultRole->setFocus();
        defaultRole->setCurrentIndex(defaultRole->findData(QStringLiteral("support")));
        emit defaultRole->activated(defaultRole->currentIndex());
        QCOMPARE(RoleService(w.workspace()->database()).defaultRole(), QStringLiteral("support"));
        RoleService(w.workspace()->database()).setDefaultRole(QStringLiteral("read-only"));
        for (int r = 0; r < page->table()->rowCount(); ++r)
            if (page->table()->item(r, 0)->text() == QLatin1String("support"))
                page->table()->selectRow(r);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("deleteRoleButton")), Qt::LeftButton);
        QVERIFY(!RoleService(w.workspace()->database()).find(QStringLiteral("support")));
    }

    void historyPageFiltersAndExports()
    {
        MainWindow w(m_data, Environment::Development);
        w.show();
        w.showPage(MainWindow::HistoryPageIndex);
        HistoryPage* page = w.historyPage();
        AccountService service(w.workspace()->database());
        QVERIFY(service.addMember(QStringLiteral("acme"), QStringLiteral("history@acme.io"),
                                  {QStringLiteral("read-only")}));
        QVERIFY(service.setMemberRoles(QStringLiteral("acme"), QStringLiteral("history@acme.io"),
                                       {QStringLiteral("admin")}));
        QVERIFY(service.updateDetails(QStringLiteral("globex"), QStringLiteral("Globex"),
                                      QStringLiteral("https://globex.com")));
        QVERIFY(service.removeMember(QStringLiteral("acme"), QStringLiteral("history@acme.io")));
        page->model()->reload();
        const int all = page->model()->rowCount();
        QVERIFY(all >= 5); // the import and the four changes above
        QTest::keyClicks(find<QLineEdit>(page, QStringLiteral("historyAccount")), QStringLiteral("acme"));
        const int acme = page->model()->rowCount();
        QVERIFY(acme > 0 && acme < all);
        auto* action = find<QComboBox>(page, QStringLiteral("historyAction"));
        action->setCurrentIndex(action->findData(QStringLiteral("member.")));
        QVERIFY(page->model()->rowCount() >= 3 && page->model()->rowCount() <= acme);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QCOMPARE(page->model()->index(r, HistoryTableModel::Action).data().toString().left(7),
                     QStringLiteral("member."));
        auto* useFrom = find<QCheckBox>(page, QStringLiteral("historyUseFrom"));
        QTest::mouseClick(useFrom, Qt::LeftButton);
        find<QDateEdit>(page, QStringLiteral("historyFrom"))->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(page->model()->rowCount(), 0);
        QTest::mouseClick(useFrom, Qt::LeftButton);
        screenshot(&w, QStringLiteral("history"));
        const QString path = m_dir.filePath(QStringLiteral("history.csv"));
        Dialogs::setNextSaveTarget({path, false});
        QTest::mouseClick(find<QPushButton>(page, QStringLiteral("exportHistoryButton")), Qt::LeftButton);
        const QByteArray csv = TestUtil::readFile(path);
        QVERIFY(csv.startsWith("at,actor,action,target_kind,target,account_id,before,after\r\n"));
        QCOMPARE(csv.count("\r\n") - 1, page->model()->rowCount());
    }
};

QTEST_MAIN(TestAccountViews)
#include "tst_accountviews.moc"
