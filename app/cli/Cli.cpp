#include "Cli.h"

#include "AccountQuery.h"
#include "AccountService.h"
#include "Clock.h"
#include "CsvExport.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ExcludedDomains.h"
#include "Importer.h"
#include "Instant.h"
#include "Metrics.h"
#include "UserQuery.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

const char* const GlobalHelp = R"(Usage: backoffice-cli [--data-dir DIR] [--env NAME] [--now INSTANT] COMMAND [ARGS]

Review and manage the customer accounts of one environment, without a display.

Global options (also accepted after the command):
  --data-dir DIR   where the environment databases live; default: $BACKOFFICE_DATA_DIR,
                   else the platform's application data folder (~/.local/share/backoffice)
  --env NAME       development (default), staging, qa or production, any case
  --now INSTANT    the instant T of the figures, ISO 8601 (default: the current time)
  -h, --help       show this help; COMMAND --help shows a command's own
  --version        show the version

Commands:
  import PATH...                      import CSV files or folders, all or nothing
  kpis [--json]                       the KPI figures
  export accounts [-o FILE] [--sort COL[:asc|desc]] [--search TEXT] [--bom]
  export users [-o FILE] [--account ID] [--include-excluded] [--bom]
  excluded-domains list|add DOMAIN...|remove DOMAIN...
  demo [--accounts N] [--seed S]      fill the environment with generated data
  accounts add|show|delete|restore|purge      manage accounts (and the trash)
  members add|remove|set-roles                an account's users and their roles
  roles list|add|remove|move-members          the environment's roles
  policy show|set|show-default|set-default   security policies
  metadata get|set                            an account's metadata (JSON)
  sso list                                    an account's SSO configurations
  history [--account ID] [--json]             the audit log

Exit status: 0 on success, 1 on a failure, 2 on a usage error.
)";

QHash<QString, QString> commandHelp()
{
    return {
        {QStringLiteral("import"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] import PATH...

Imports CSV files; a directory means the accounts.csv, users.csv, memberships.csv and
logins.csv found in it. The kind of each file is told by its header:
  accounts     id, name [, created_at, metadata]
  users        email [, name, created_at]
  memberships  account_id, email [, roles, joined_at, primary]
  logins       account_id, email, at
All files of one run are applied in one transaction: any error rejects the whole run and
changes nothing. Every error is printed as file:line with the column and the reason.
)")},
        {QStringLiteral("kpis"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] kpis [--json]

Prints the KPI figures at T (--now): accounts, new_accounts_7d, active_accounts_30d,
average_users_per_account and company_domain_accounts, one "key: value" per line.
  --json   one JSON object, with the keys environment and as_of too
)")},
        {QStringLiteral("export"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] export accounts [OPTIONS]
       backoffice-cli [GLOBAL OPTIONS] export users [OPTIONS]

export accounts: id,name,created_at,last_visit,daily_visits,users,primary_email
  -o, --output FILE        write to FILE (atomically) instead of standard output
  --sort COL[:asc|desc]    id, name, created_at, last_visit, daily_visits or users;
                           default name:asc; accounts without a visit sort last
  --search TEXT            keep accounts whose name or ID contains TEXT (any case)
  --bom                    start with a UTF-8 byte-order mark (for Excel)

export users: email,name,created_at,last_login,accounts,roles
  -o, --output FILE        write to FILE instead of standard output
  --account ID             only the members of this account (roles in that account)
  --include-excluded       include users of excluded domains
  --bom                    start with a UTF-8 byte-order mark (for Excel)
)")},
        {QStringLiteral("excluded-domains"),
         QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] excluded-domains list
       backoffice-cli [GLOBAL OPTIONS] excluded-domains add DOMAIN...
       backoffice-cli [GLOBAL OPTIONS] excluded-domains remove DOMAIN...

The environment's excluded domains: users whose email domain equals one, or is a
subdomain of one, are left out of every user-derived figure and of the users list.
)")},
        {QStringLiteral("accounts"),
         QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] accounts add [--id ID] --name NAME [--website URL]
                                        [--primary EMAIL] [--role KEY]...
       backoffice-cli [GLOBAL OPTIONS] accounts show ID [--json]
       backoffice-cli [GLOBAL OPTIONS] accounts delete ID | restore ID | purge ID

add: a new account; without --id a UUID is generated. --primary makes EMAIL the primary
  user (created as invited when new) with the --role keys given (default: admin). An ID in
  the trash restores that account instead, and says so.
show: details, figures, members, security policy, SSO and metadata.
delete: moves the account to the trash; restore brings it back with all it had;
purge: deletes it for good, with its memberships, logins, policy and SSO.
)")},
        {QStringLiteral("members"),
         QStringLiteral(
             R"(Usage: backoffice-cli [GLOBAL OPTIONS] members add --account ID --email EMAIL --role KEY [--role KEY]...
       backoffice-cli [GLOBAL OPTIONS] members remove --account ID --email EMAIL
       backoffice-cli [GLOBAL OPTIONS] members set-roles --account ID --email EMAIL --role KEY [--role KEY]...

The email need not belong to a user yet: the user is created as invited. The primary
user cannot be removed.
)")},
        {QStringLiteral("roles"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] roles list [--json]
       backoffice-cli [GLOBAL OPTIONS] roles add --key KEY --name NAME [--level N] [--description TEXT]
                                     [--permission KEY]...
       backoffice-cli [GLOBAL OPTIONS] roles remove KEY
       backoffice-cli [GLOBAL OPTIONS] roles move-members FROM TO

Keys are lower-case letters, digits, '-', '_' and '.'; level 0 is the highest (default 1).
A role held by members, or the default role, cannot be removed: move-members first gives
every holder of FROM the role TO instead.
)")},
        {QStringLiteral("policy"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] policy show ID [--json]
       backoffice-cli [GLOBAL OPTIONS] policy set ID [--complexity easy|medium|hard|custom] [--min-length N]
                     [--history N] [--expiration-days N] [--lockout N]
                     [--mfa dont-force|force|force-except-sso] [--allow-mfa true|false]
       backoffice-cli [GLOBAL OPTIONS] policy show-default [--json]
       backoffice-cli [GLOBAL OPTIONS] policy set-default [the same options as set]

set starts from the account's current policy and changes what is given. An account may only
be stricter than the environment's default; a refusal says what is allowed. set-default
changes the environment's default, refused while some account's own policy would be looser.
--min-length goes with --complexity custom (6 to 128); --history 0 to 10;
--expiration-days 0 (never) to 365; --lockout 0 (off) or 3 to 20.
)")},
        {QStringLiteral("metadata"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] metadata get ID
       backoffice-cli [GLOBAL OPTIONS] metadata set ID JSON
       backoffice-cli [GLOBAL OPTIONS] metadata set ID --file FILE

Metadata is one JSON object of at most 64 KiB; it is validated before it is saved.
)")},
        {QStringLiteral("sso"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] sso list ID [--json]

The account's SSO configurations; client secrets are never shown in full.
)")},
        {QStringLiteral("history"),
         QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] history [--account ID] [--json]

The audit log, newest first: when, who, what, the target, and the values before and after.
)")},
        {QStringLiteral("demo"), QStringLiteral(R"(Usage: backoffice-cli [GLOBAL OPTIONS] demo [--accounts N] [--seed S]

Fills the environment with realistic generated data up to T (--now): company and personal
domains, testing users, roles, metadata and a year of logins. The same seed and T give the
same data; running it again changes nothing.
  --accounts N   how many accounts (default 250, at most 1000000)
  --seed S       the random seed (default 42)
)")},
    };
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{}

int Cli::usage(const QString& message)
{
    const QString hint = m_command.isEmpty() ? QStringLiteral("backoffice-cli --help")
                                             : QStringLiteral("backoffice-cli %1 --help").arg(m_command);
    m_err << "backoffice-cli: " << message << " (see " << hint << ")" << Qt::endl;
    return Usage;
}

int Cli::failure(const QString& message)
{
    m_err << "backoffice-cli: " << message << Qt::endl;
    return Failure;
}

// Consumes a global option at args[i] (advancing i past its value). Returns false on a bad value,
// after printing the usage error; `handled` says whether args[i] was a global option.
bool Cli::takeGlobal(const QStringList& args, int& i, bool& handled)
{
    handled = false;
    QString arg = args.at(i);
    QString value;
    bool hasInlineValue = false;
    if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
        value = arg.section(QLatin1Char('='), 1);
        arg = arg.section(QLatin1Char('='), 0, 0);
        hasInlineValue = true;
    }
    if (arg != QLatin1String("--data-dir") && arg != QLatin1String("--env") && arg != QLatin1String("--now"))
        return true;
    handled = true;
    if (!hasInlineValue) {
        if (i + 1 >= args.size()) {
            usage(QStringLiteral("option %1 needs a value").arg(arg));
            return false;
        }
        value = args.at(++i);
    }
    if (arg == QLatin1String("--data-dir")) {
        if (value.isEmpty()) {
            usage(QStringLiteral("--data-dir needs a directory"));
            return false;
        }
        m_globals.dataDir = value;
    } else if (arg == QLatin1String("--env")) {
        const std::optional<Environment> env = Environments::fromName(value);
        if (!env) {
            usage(QStringLiteral("unknown environment \"%1\"; use development, staging, qa or production").arg(value));
            return false;
        }
        m_globals.env = *env;
    } else {
        const std::optional<qint64> now = Instant::parse(value);
        if (!now) {
            usage(QStringLiteral("--now: \"%1\" is not an ISO 8601 instant (e.g. 2026-11-30T10:15:00Z)").arg(value));
            return false;
        }
        Clock::setFixed(*now);
        m_globals.nowSet = true;
    }
    return true;
}

bool Cli::parseArgs(const QStringList& args, const QStringList& flags, const QStringList& valued,
                    QMultiHash<QString, QString>& options, QStringList& positionals)
{
    bool onlyPositionals = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (onlyPositionals || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        bool handled = false;
        if (!takeGlobal(args, i, handled))
            return false;
        if (handled)
            continue;
        QString name = arg;
        QString value;
        const bool inlineValue = arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='));
        if (inlineValue) {
            name = arg.section(QLatin1Char('='), 0, 0);
            value = arg.section(QLatin1Char('='), 1);
        }
        if (flags.contains(name) && !inlineValue) {
            options.insert(name, QString());
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    usage(QStringLiteral("option %1 needs a value").arg(name));
                    return false;
                }
                value = args.at(++i);
            }
            options.insert(name, value);
        } else {
            usage(QStringLiteral("unknown option \"%1\"").arg(arg));
            return false;
        }
    }
    return true;
}

bool Cli::openDatabase(Database& db)
{
    const QString dataDir = Environments::resolveDataDir(m_globals.dataDir);
    if (!db.openEnvironment(dataDir, m_globals.env)) {
        failure(db.errorString());
        return false;
    }
    return true;
}

int Cli::run(const QStringList& arguments)
{
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!m_command.isEmpty()) {
            rest << arg;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_out << GlobalHelp;
            return Success;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            m_out << "backoffice-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (arg.startsWith(QLatin1Char('-'))) {
            bool handled = false;
            if (!takeGlobal(arguments, i, handled))
                return Usage;
            if (!handled)
                return usage(QStringLiteral("unknown option \"%1\"").arg(arg));
            continue;
        }
        m_command = arg;
    }
    if (m_command.isEmpty())
        return usage(QStringLiteral("a command is required"));

    const QHash<QString, QString> help = commandHelp();
    if (!help.contains(m_command)) {
        const QString unknown = m_command;
        m_command.clear();
        return usage(QStringLiteral("unknown command \"%1\"").arg(unknown));
    }
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        m_out << help.value(m_command);
        return Success;
    }
    if (rest.contains(QLatin1String("--version"))) {
        m_out << "backoffice-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    if (m_command == QLatin1String("accounts"))
        return cmdAccounts(rest);
    if (m_command == QLatin1String("members"))
        return cmdMembers(rest);
    if (m_command == QLatin1String("roles"))
        return cmdRoles(rest);
    if (m_command == QLatin1String("policy"))
        return cmdPolicy(rest);
    if (m_command == QLatin1String("metadata"))
        return cmdMetadata(rest);
    if (m_command == QLatin1String("sso"))
        return cmdSso(rest);
    if (m_command == QLatin1String("history"))
        return cmdHistory(rest);
    if (m_command == QLatin1String("import"))
        return cmdImport(rest);
    if (m_command == QLatin1String("kpis"))
        return cmdKpis(rest);
    if (m_command == QLatin1String("export"))
        return cmdExport(rest);
    if (m_command == QLatin1String("excluded-domains"))
        return cmdExcludedDomains(rest);
    return cmdDemo(rest);
}

int Cli::cmdImport(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList paths;
    if (!parseArgs(args, {}, {}, options, paths))
        return Usage;
    if (paths.isEmpty())
        return usage(QStringLiteral("import needs at least one file or directory"));
    Database db;
    if (!openDatabase(db))
        return Failure;
    Importer importer(db);
    if (!importer.importPaths(paths)) {
        for (const QString& error : importer.errors())
            m_err << error << '\n';
        if (importer.errorCount() > importer.errors().size())
            m_err << "... and " << importer.errorCount() - importer.errors().size() << " more errors\n";
        m_err << "backoffice-cli: import rejected with " << importer.errorCount()
              << (importer.errorCount() == 1 ? " error" : " errors") << "; nothing was changed" << Qt::endl;
        return Failure;
    }
    for (const QString& line : importer.report().lines())
        m_out << line << '\n';
    m_out.flush();
    return Success;
}

int Cli::cmdKpis(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--json")}, {}, options, positionals))
        return Usage;
    if (!positionals.isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.first()));
    Database db;
    if (!openDatabase(db))
        return Failure;
    Kpis k;
    try {
        k = Metrics::kpis(db, Clock::now());
    } catch (const StorageError& e) {
        return failure(e.message());
    }
    const QString env = Environments::key(m_globals.env);
    if (options.contains(QStringLiteral("--json"))) {
        const QJsonObject json{{QStringLiteral("environment"), env},
                               {QStringLiteral("as_of"), Instant::format(k.asOf)},
                               {QStringLiteral("accounts"), k.accounts},
                               {QStringLiteral("new_accounts_7d"), k.newAccounts7d},
                               {QStringLiteral("active_accounts_30d"), k.activeAccounts30d},
                               {QStringLiteral("average_users_per_account"), k.averageUsersPerAccount},
                               {QStringLiteral("company_domain_accounts"), k.companyDomainAccounts}};
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return Success;
    }
    m_out << "environment: " << env << '\n'
          << "as_of: " << Instant::format(k.asOf) << '\n'
          << "accounts: " << k.accounts << '\n'
          << "new_accounts_7d: " << k.newAccounts7d << '\n'
          << "active_accounts_30d: " << k.activeAccounts30d << '\n'
          << "average_users_per_account: " << QString::number(k.averageUsersPerAccount, 'f', 2) << '\n'
          << "company_domain_accounts: " << k.companyDomainAccounts << Qt::endl;
    return Success;
}

int Cli::cmdExport(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--bom"), QStringLiteral("--include-excluded")},
                   {QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--sort"),
                    QStringLiteral("--search"), QStringLiteral("--account")},
                   options, positionals))
        return Usage;
    if (positionals.isEmpty())
        return usage(QStringLiteral("export needs what to export: accounts or users"));
    const QString what = positionals.first();
    if (positionals.size() > 1)
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.at(1)));
    const bool accounts = what == QLatin1String("accounts");
    if (!accounts && what != QLatin1String("users"))
        return usage(QStringLiteral("cannot export \"%1\"; use accounts or users").arg(what));
    for (const QString& option : options.keys()) {
        const bool accountsOnly = option == QLatin1String("--sort") || option == QLatin1String("--search");
        const bool usersOnly = option == QLatin1String("--account") || option == QLatin1String("--include-excluded");
        if ((accounts && usersOnly) || (!accounts && accountsOnly))
            return usage(QStringLiteral("option %1 does not apply to export %2").arg(option, what));
    }
    if (options.count(QStringLiteral("-o")) + options.count(QStringLiteral("--output")) > 1)
        return usage(QStringLiteral("give -o/--output once"));
    const QString output = options.contains(QStringLiteral("-o")) ? options.value(QStringLiteral("-o"))
                                                                  : options.value(QStringLiteral("--output"));
    if ((options.contains(QStringLiteral("-o")) || options.contains(QStringLiteral("--output"))) && output.isEmpty())
        return usage(QStringLiteral("-o needs a file name"));

    AccountQuery accountQuery;
    if (accounts) {
        if (options.contains(QStringLiteral("--sort"))) {
            const QString error = accountQuery.setSort(options.value(QStringLiteral("--sort")));
            if (!error.isEmpty())
                return usage(QStringLiteral("--sort: %1").arg(error));
        }
        accountQuery.search = options.value(QStringLiteral("--search"));
    }

    Database db;
    if (!openDatabase(db))
        return Failure;
    UserQuery userQuery;
    if (!accounts) {
        userQuery.includeExcluded = options.contains(QStringLiteral("--include-excluded"));
        if (options.contains(QStringLiteral("--account"))) {
            const QString id = options.value(QStringLiteral("--account"));
            const std::optional<AccountDetails> account = AccountService(db).find(id);
            if (!account || account->inTrash())
                return failure(QStringLiteral("--account: no account has the ID \"%1\"").arg(id));
            userQuery.accountRowId = account->rowId;
        }
    }

    CsvExport::Options exportOptions;
    exportOptions.bom = options.contains(QStringLiteral("--bom"));
    QString error;
    bool ok = false;
    if (output.isEmpty()) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        ok = accounts ? CsvExport::writeAccounts(db, accountQuery, &out, exportOptions, &error)
                      : CsvExport::writeUsers(db, userQuery, &out, exportOptions, &error);
    } else {
        ok = accounts ? CsvExport::saveAccounts(db, accountQuery, output, exportOptions, &error)
                      : CsvExport::saveUsers(db, userQuery, output, exportOptions, &error);
    }
    return ok ? Success : failure(error);
}

int Cli::cmdExcludedDomains(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {}, {}, options, positionals))
        return Usage;
    if (positionals.isEmpty())
        return usage(QStringLiteral("excluded-domains needs list, add or remove"));
    const QString action = positionals.takeFirst();
    if (action == QLatin1String("list")) {
        if (!positionals.isEmpty())
            return usage(QStringLiteral("list takes no argument"));
    } else if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        if (positionals.isEmpty())
            return usage(QStringLiteral("%1 needs at least one domain").arg(action));
        for (const QString& domain : std::as_const(positionals)) {
            QString normalized;
            const QString reason = ExcludedDomains::normalize(domain, &normalized);
            if (!reason.isEmpty())
                return failure(reason);
        }
    } else {
        return usage(QStringLiteral("unknown action \"%1\"; use list, add or remove").arg(action));
    }

    Database db;
    if (!openDatabase(db))
        return Failure;
    try {
        if (action == QLatin1String("list")) {
            for (const QString& domain : ExcludedDomains::list(db))
                m_out << domain << '\n';
            m_out.flush();
            return Success;
        }
        QString error;
        QStringList changed;
        const bool adding = action == QLatin1String("add");
        const bool ok = adding ? ExcludedDomains::add(db, positionals, &error, &changed)
                               : ExcludedDomains::remove(db, positionals, &error, &changed);
        if (!ok)
            return failure(error);
        for (const QString& domain : std::as_const(positionals)) {
            QString d;
            ExcludedDomains::normalize(domain, &d);
            if (changed.contains(d))
                m_out << (adding ? "added " : "removed ") << d << '\n';
            else
                m_out << d << " was already excluded\n";
        }
        m_out.flush();
    } catch (const StorageError& e) {
        return failure(e.message());
    }
    return Success;
}

int Cli::cmdDemo(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {}, {QStringLiteral("--accounts"), QStringLiteral("--seed")}, options, positionals))
        return Usage;
    if (!positionals.isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.first()));
    int accounts = DemoGenerator::DefaultAccounts;
    quint64 seed = DemoGenerator::DefaultSeed;
    if (options.contains(QStringLiteral("--accounts"))) {
        bool ok = false;
        accounts = options.value(QStringLiteral("--accounts")).toInt(&ok);
        if (!ok || accounts < 1 || accounts > 1000000)
            return usage(QStringLiteral("--accounts: \"%1\" is not a number from 1 to 1000000")
                             .arg(options.value(QStringLiteral("--accounts"))));
    }
    if (options.contains(QStringLiteral("--seed"))) {
        bool ok = false;
        seed = options.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed: \"%1\" is not a non-negative whole number")
                             .arg(options.value(QStringLiteral("--seed"))));
    }
    Database db;
    if (!openDatabase(db))
        return Failure;
    Importer importer(db);
    const ImportData data = DemoGenerator::generate(accounts, seed, Clock::now());
    if (!importer.importData(data, QStringLiteral("demo --accounts %1 --seed %2").arg(accounts).arg(seed))) {
        for (const QString& error : importer.errors())
            m_err << error << '\n';
        return failure(QStringLiteral("demo data could not be written; nothing was changed"));
    }
    for (const QString& line : importer.report().lines())
        m_out << line << '\n';
    m_out << "demo data: " << accounts << " accounts, seed " << seed << ", up to " << Instant::format(Clock::now())
          << Qt::endl;
    return Success;
}
