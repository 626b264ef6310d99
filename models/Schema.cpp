#include "Schema.h"

namespace Schema {

// Instants are INTEGER milliseconds since the epoch, UTC. The per-account figures (users,
// daily_visits, last_visit, primary_user) and account_days are derived data, kept current by
// AccountFigures whenever logins, memberships or excluded domains change, so that showing an
// account never aggregates its logins.
static QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE users (
            uid INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            domain TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            last_login INTEGER,
            excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1))))"),
        QStringLiteral("CREATE INDEX users_domain ON users(domain)"),
        QStringLiteral(R"(CREATE TABLE accounts (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            website TEXT NOT NULL DEFAULT '',
            metadata TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            deleted_at INTEGER,
            primary_user INTEGER REFERENCES users(uid) ON DELETE SET NULL,
            last_visit INTEGER,
            daily_visits INTEGER NOT NULL DEFAULT 0,
            users INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX accounts_name ON accounts(name_key, id)"),
        QStringLiteral("CREATE INDEX accounts_created ON accounts(created_at)"),
        QStringLiteral("CREATE INDEX accounts_last_visit ON accounts(last_visit)"),
        QStringLiteral("CREATE INDEX accounts_daily_visits ON accounts(daily_visits)"),
        QStringLiteral("CREATE INDEX accounts_users ON accounts(users)"),
        QStringLiteral("CREATE INDEX accounts_primary_user ON accounts(primary_user)"),
        QStringLiteral("CREATE INDEX accounts_trash ON accounts(deleted_at) WHERE deleted_at IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE roles (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            level INTEGER NOT NULL DEFAULT 1 CHECK (level >= 0),
            permissions TEXT NOT NULL DEFAULT '[]') WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE memberships (
            account INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,
            user INTEGER NOT NULL REFERENCES users(uid) ON DELETE CASCADE,
            joined_at INTEGER NOT NULL,
            is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
            PRIMARY KEY (account, user)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX memberships_user ON memberships(user)"),
        QStringLiteral(R"(CREATE TABLE membership_roles (
            account INTEGER NOT NULL,
            user INTEGER NOT NULL,
            role TEXT NOT NULL REFERENCES roles(key) ON UPDATE CASCADE,
            PRIMARY KEY (account, user, role),
            FOREIGN KEY (account, user) REFERENCES memberships(account, user) ON DELETE CASCADE) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX membership_roles_user ON membership_roles(user, account)"),
        QStringLiteral("CREATE INDEX membership_roles_role ON membership_roles(role)"),
        // Logins keep their user when a member is removed, so that re-adding them restores
        // their history; only members count (AccountFigures).
        QStringLiteral(R"(CREATE TABLE logins (
            account INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,
            user INTEGER NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (account, user, at)) WITHOUT ROWID)"),
        // The UTC days on which at least one counted member logged into the account.
        QStringLiteral(R"(CREATE TABLE account_days (
            account INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,
            day INTEGER NOT NULL,
            PRIMARY KEY (account, day)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX account_days_day ON account_days(day, account)"),
        QStringLiteral("CREATE TABLE excluded_domains (domain TEXT PRIMARY KEY) WITHOUT ROWID"),
        QStringLiteral(R"(CREATE TABLE security_policies (
            account INTEGER PRIMARY KEY REFERENCES accounts(rid) ON DELETE CASCADE,
            complexity TEXT NOT NULL DEFAULT 'easy' CHECK (complexity IN ('easy', 'medium', 'hard', 'custom')),
            min_length INTEGER NOT NULL DEFAULT 6 CHECK (min_length BETWEEN 6 AND 128),
            history INTEGER NOT NULL DEFAULT 0 CHECK (history BETWEEN 0 AND 10),
            expiration_days INTEGER NOT NULL DEFAULT 0 CHECK (expiration_days BETWEEN 0 AND 365),
            lockout INTEGER NOT NULL DEFAULT 0 CHECK (lockout = 0 OR lockout BETWEEN 3 AND 20),
            mfa TEXT NOT NULL DEFAULT 'dont-force' CHECK (mfa IN ('dont-force', 'force', 'force-except-sso')),
            allow_mfa INTEGER NOT NULL DEFAULT 1 CHECK (allow_mfa IN (0, 1))))"),
        QStringLiteral(R"(CREATE TABLE sso_configs (
            sid INTEGER PRIMARY KEY,
            account INTEGER NOT NULL REFERENCES accounts(rid) ON DELETE CASCADE,
            type TEXT NOT NULL CHECK (type IN ('saml', 'oidc')),
            enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
            saml_sign_in_url TEXT NOT NULL DEFAULT '',
            saml_entity_id TEXT NOT NULL DEFAULT '',
            saml_certificate TEXT NOT NULL DEFAULT '',
            oidc_issuer TEXT NOT NULL DEFAULT '',
            oidc_client_id TEXT NOT NULL DEFAULT '',
            oidc_client_secret TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX sso_configs_account ON sso_configs(account)"),
        QStringLiteral(R"(CREATE TABLE sso_domains (
            sso INTEGER NOT NULL REFERENCES sso_configs(sid) ON DELETE CASCADE,
            domain TEXT NOT NULL,
            verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
            txt_record TEXT NOT NULL,
            PRIMARY KEY (sso, domain)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE sso_group_roles (
            sso INTEGER NOT NULL REFERENCES sso_configs(sid) ON DELETE CASCADE,
            group_name TEXT NOT NULL,
            role TEXT NOT NULL REFERENCES roles(key) ON UPDATE CASCADE,
            PRIMARY KEY (sso, group_name)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sso_group_roles_role ON sso_group_roles(role)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target TEXT NOT NULL,
            account_id TEXT,
            before TEXT,
            after TEXT))"),
        QStringLiteral("CREATE INDEX audit_log_account ON audit_log(account_id, seq)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        QStringLiteral(R"(INSERT INTO roles (key, name, description, level, permissions) VALUES
            ('admin', 'Admin', 'Full access to the account, its users and its settings', 0, '["*"]'),
            ('read-only', 'Read Only', 'Can see the account but change nothing', 1, '["read"]'))"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('default_role', 'read-only')"),
        QStringLiteral(R"(INSERT INTO settings (key, value) VALUES ('default_policy',
            '{"complexity":"easy","min_length":6,"history":0,"expiration_days":0,"lockout":0,"mfa":"dont-force","allow_mfa":true}'))"),
    };
}

// Partial indexes over the accounts outside the trash, one per sort column and direction, ties by
// ID ascending as the list needs, so that a page at any offset walks one index and nothing else.
// A per-account `company` flag (maintained by AccountFigures) keeps the company-domain KPI an
// index count; users.personal says whether a domain is in the shipped personal list.
static QStringList version2()
{
    QStringList statements = {
        QStringLiteral("DROP INDEX accounts_name"),
        QStringLiteral("DROP INDEX accounts_created"),
        QStringLiteral("DROP INDEX accounts_last_visit"),
        QStringLiteral("DROP INDEX accounts_daily_visits"),
        QStringLiteral("DROP INDEX accounts_users"),
        QStringLiteral("ALTER TABLE users ADD COLUMN personal INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN company INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX accounts_live_id ON accounts(id) WHERE deleted_at IS NULL"),
        QStringLiteral(
            "CREATE INDEX accounts_company ON accounts(created_at) WHERE deleted_at IS NULL AND company = 1"),
    };
    const QList<QPair<QString, QString>> orders = {
        {QStringLiteral("name"), QStringLiteral("name_key")},
        {QStringLiteral("created"), QStringLiteral("created_at")},
        {QStringLiteral("last_visit"), QStringLiteral("last_visit IS NULL, last_visit")},
        {QStringLiteral("daily_visits"), QStringLiteral("daily_visits")},
        {QStringLiteral("users"), QStringLiteral("users")},
    };
    for (const auto& [name, columns] : orders) {
        statements << QStringLiteral("CREATE INDEX accounts_%1_asc ON accounts(%2, id) WHERE deleted_at IS NULL")
                          .arg(name, columns);
        statements << QStringLiteral("CREATE INDEX accounts_%1_desc ON accounts(%2 DESC, id) WHERE deleted_at IS NULL")
                          .arg(name, columns);
    }
    // Accounts in the trash keep no account_days; daily_active counts the accounts active on each
    // UTC day, kept by AccountFigures in the same transaction as account_days.
    statements
        << QStringLiteral(
               "DELETE FROM account_days WHERE account IN (SELECT rid FROM accounts WHERE deleted_at IS NOT NULL)")
        << QStringLiteral("CREATE TABLE daily_active (day INTEGER PRIMARY KEY, accounts INTEGER NOT NULL)")
        << QStringLiteral(
               "INSERT INTO daily_active (day, accounts) SELECT day, COUNT(*) FROM account_days GROUP BY day");
    statements << QStringLiteral("CREATE INDEX users_created ON users(created_at, email)")
               << QStringLiteral("CREATE INDEX users_last_login ON users(last_login IS NULL, last_login, email)");
    return statements;
}

// The users list sorts by email (unique), name, created or last login, in both directions, ties
// by email ascending: one index per order, as for the accounts.
static QStringList version3()
{
    return {
        QStringLiteral("DROP INDEX users_created"),
        QStringLiteral("DROP INDEX users_last_login"),
        QStringLiteral("CREATE INDEX users_name_asc ON users(lower(name), email)"),
        QStringLiteral("CREATE INDEX users_name_desc ON users(lower(name) DESC, email)"),
        QStringLiteral("CREATE INDEX users_created_asc ON users(created_at, email)"),
        QStringLiteral("CREATE INDEX users_created_desc ON users(created_at DESC, email)"),
        QStringLiteral("CREATE INDEX users_last_login_asc ON users(last_login IS NULL, last_login, email)"),
        QStringLiteral("CREATE INDEX users_last_login_desc ON users(last_login IS NULL, last_login DESC, email)"),
    };
}

QList<QStringList> migrations()
{
    return {version1(), version2(), version3()};
}

} // namespace Schema
