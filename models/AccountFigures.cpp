#include "AccountFigures.h"

#include "Database.h"
#include "Instant.h"
#include "PersonalDomains.h"

#include <QSqlQuery>

namespace AccountFigures {

namespace {
// An account counts as a company-domain account when its primary user is neither excluded nor on
// a personal domain.
const char* const CompanyExpression = "COALESCE((SELECT u.excluded = 0 AND u.personal = 0 FROM users u "
                                      "WHERE u.uid = accounts.primary_user), 0)";
} // namespace

void prepare(const Database& db)
{
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched_accounts (rid INTEGER PRIMARY KEY)"));
    db.exec(QStringLiteral("DELETE FROM temp.touched_accounts"));
}

void touch(const Database& db, qint64 accountRowId)
{
    db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.touched_accounts (rid) VALUES (:rid)"),
            {{QStringLiteral(":rid"), accountRowId}});
}

void refresh(const Database& db)
{
    const QString day =
        QStringLiteral("(CASE WHEN l.at >= 0 THEN l.at / %1 ELSE (l.at + 1) / %1 - 1 END)").arg(Instant::DayMs);
    const QString touchedDays = QStringLiteral("SELECT day, COUNT(*) AS n FROM account_days "
                                               "WHERE account IN (SELECT rid FROM temp.touched_accounts) GROUP BY day");
    db.exec(QStringLiteral(
                "UPDATE daily_active SET accounts = accounts - s.n FROM (%1) AS s WHERE daily_active.day = s.day")
                .arg(touchedDays));
    db.exec(QStringLiteral("DELETE FROM account_days WHERE account IN (SELECT rid FROM temp.touched_accounts)"));
    db.exec(QStringLiteral("INSERT INTO account_days (account, day) "
                           "SELECT DISTINCT l.account, %1 FROM logins l "
                           "JOIN accounts a ON a.rid = l.account AND a.deleted_at IS NULL "
                           "JOIN memberships m ON m.account = l.account AND m.user = l.user "
                           "JOIN users u ON u.uid = l.user "
                           "WHERE l.account IN (SELECT rid FROM temp.touched_accounts) AND u.excluded = 0")
                .arg(day));
    db.exec(QStringLiteral("INSERT INTO daily_active (day, accounts) SELECT day, n FROM (%1) WHERE true "
                           "ON CONFLICT (day) DO UPDATE SET accounts = accounts + excluded.accounts")
                .arg(touchedDays));
    db.exec(QStringLiteral("DELETE FROM daily_active WHERE accounts <= 0"));
    db.exec(QStringLiteral(
        "UPDATE accounts SET "
        " users = (SELECT COUNT(*) FROM memberships m JOIN users u ON u.uid = m.user "
        "          WHERE m.account = accounts.rid AND u.excluded = 0),"
        " daily_visits = (SELECT COUNT(*) FROM account_days d WHERE d.account = accounts.rid),"
        " last_visit = (SELECT MAX(l.at) FROM logins l "
        "          JOIN memberships m ON m.account = l.account AND m.user = l.user "
        "          JOIN users u ON u.uid = l.user WHERE l.account = accounts.rid AND u.excluded = 0),"
        " primary_user = (SELECT m.user FROM memberships m JOIN users u ON u.uid = m.user "
        "          WHERE m.account = accounts.rid ORDER BY m.is_primary DESC, m.joined_at, u.email LIMIT 1) "
        "WHERE rid IN (SELECT rid FROM temp.touched_accounts)"));
    // A second statement: SET expressions see the row as it was before the UPDATE.
    db.exec(QStringLiteral("UPDATE accounts SET company = %1 WHERE rid IN (SELECT rid FROM temp.touched_accounts)")
                .arg(CompanyExpression));
    db.exec(QStringLiteral("DELETE FROM temp.touched_accounts"));
}

int reapplyExcludedDomains(const Database& db)
{
    const QString excluded = QStringLiteral("EXISTS (SELECT 1 FROM excluded_domains e WHERE users.domain = e.domain "
                                            "OR substr(users.domain, -length(e.domain) - 1) = '.' || e.domain)");
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS changed_users (uid INTEGER PRIMARY KEY)"));
    db.exec(QStringLiteral("DELETE FROM temp.changed_users"));
    db.exec(
        QStringLiteral("INSERT INTO temp.changed_users SELECT uid FROM users WHERE excluded <> (%1)").arg(excluded));
    const int changed = db.scalar(QStringLiteral("SELECT COUNT(*) FROM temp.changed_users")).toInt();
    if (changed == 0)
        return 0;
    db.exec(
        QStringLiteral("UPDATE users SET excluded = 1 - excluded WHERE uid IN (SELECT uid FROM temp.changed_users)"));
    db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.touched_accounts (rid) "
                           "SELECT account FROM memberships WHERE user IN (SELECT uid FROM temp.changed_users)"));
    return changed;
}

void syncPersonalDomains(Database& db)
{
    const QString version = PersonalDomains::version();
    if (db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'personal_domains'")).toString() == version)
        return;
    Transaction tx(db);
    const PersonalDomains& personal = PersonalDomains::instance();
    QSqlQuery domains = db.exec(QStringLiteral("SELECT DISTINCT domain FROM users"));
    QSqlQuery flag = db.prepare(QStringLiteral("UPDATE users SET personal = :personal WHERE domain = :domain"));
    QStringList all;
    while (domains.next())
        all << domains.value(0).toString();
    for (const QString& domain : std::as_const(all)) {
        flag.bindValue(QStringLiteral(":personal"), personal.contains(domain) ? 1 : 0);
        flag.bindValue(QStringLiteral(":domain"), domain);
        Database::exec(flag);
    }
    db.exec(QStringLiteral("UPDATE accounts SET company = %1").arg(CompanyExpression));
    db.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('personal_domains', :v)"),
            {{QStringLiteral(":v"), version}});
    tx.commit();
}

} // namespace AccountFigures
