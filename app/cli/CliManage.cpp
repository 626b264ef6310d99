// The account-management commands of backoffice-cli: accounts, members, roles, policy,
// metadata, sso and history. Bad input exits 1 with one line and changes nothing.

#include "Cli.h"

#include "AccountService.h"
#include "AuditLog.h"
#include "Database.h"
#include "Instant.h"
#include "RoleService.h"
#include "SecurityPolicy.h"
#include "SsoService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue instantOrNull(const std::optional<qint64>& at)
{
    return at ? QJsonValue(Instant::format(*at)) : QJsonValue();
}

QStringList valuesOf(const QMultiHash<QString, QString>& options, const QString& name)
{
    QStringList values = options.values(name);
    std::reverse(values.begin(), values.end()); // QMultiHash returns the newest first
    return values;
}

} // namespace

void Cli::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int Cli::cmdAccounts(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--json")},
                   {QStringLiteral("--id"), QStringLiteral("--name"), QStringLiteral("--website"),
                    QStringLiteral("--primary"), QStringLiteral("--role")},
                   options, positionals))
        return Usage;
    if (positionals.isEmpty())
        return usage(QStringLiteral("accounts needs an action: add, show, delete, restore or purge"));
    const QString action = positionals.takeFirst();
    const QStringList actions = {QStringLiteral("add"), QStringLiteral("show"), QStringLiteral("delete"),
                                 QStringLiteral("restore"), QStringLiteral("purge")};
    if (!actions.contains(action))
        return usage(QStringLiteral("unknown action \"%1\"; use add, show, delete, restore or purge").arg(action));
    if (action == QLatin1String("add")) {
        if (!positionals.isEmpty())
            return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.first()));
        if (!options.contains(QStringLiteral("--name")))
            return usage(QStringLiteral("accounts add needs --name"));
        if (options.contains(QStringLiteral("--role")) && !options.contains(QStringLiteral("--primary")))
            return usage(QStringLiteral("--role goes with --primary"));
    } else if (positionals.size() != 1) {
        return usage(QStringLiteral("accounts %1 needs one account ID").arg(action));
    }

    Database db;
    if (!openDatabase(db))
        return Failure;
    AccountService accounts(db);
    try {
        if (action == QLatin1String("add")) {
            bool restored = false;
            const std::optional<QString> id =
                accounts.add({options.value(QStringLiteral("--id")), options.value(QStringLiteral("--name")),
                              options.value(QStringLiteral("--website")), options.value(QStringLiteral("--primary")),
                              valuesOf(options, QStringLiteral("--role"))},
                             &restored);
            if (!id)
                return failure(accounts.errorString());
            m_out << (restored ? "restored from the trash: " : "added account ") << *id << Qt::endl;
            return Success;
        }
        const QString id = positionals.first();
        if (action == QLatin1String("delete")) {
            if (!accounts.moveToTrash(id))
                return failure(accounts.errorString());
            m_out << "moved to the trash: " << id << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("restore")) {
            if (!accounts.restore(id))
                return failure(accounts.errorString());
            m_out << "restored: " << id << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("purge")) {
            if (!accounts.purge(id))
                return failure(accounts.errorString());
            m_out << "purged: " << id << Qt::endl;
            return Success;
        }
        // show
        const std::optional<AccountDetails> a = accounts.find(id);
        if (!a)
            return failure(QStringLiteral("no account has the ID \"%1\"").arg(id));
        const QList<Member> members = accounts.members(id);
        bool inherited = false;
        const SecurityPolicy policy = PolicyService(db).effective(id, &inherited);
        const QList<SsoConfig> sso = SsoService(db).list(id);
        if (options.contains(QStringLiteral("--json"))) {
            QJsonObject o = a->toJson();
            o.insert(QStringLiteral("in_trash"), a->inTrash());
            o.insert(QStringLiteral("last_visit"), instantOrNull(a->lastVisit));
            o.insert(QStringLiteral("daily_visits"), a->dailyVisits);
            o.insert(QStringLiteral("users"), a->users);
            o.insert(QStringLiteral("primary_email"), a->primaryEmail);
            QJsonArray list;
            for (const Member& m : members)
                list.append(QJsonObject{
                    {QStringLiteral("email"), m.email},
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)},
                    {QStringLiteral("joined_at"), Instant::format(m.joinedAt)},
                    {QStringLiteral("primary"), m.primary},
                    {QStringLiteral("excluded"), m.excluded},
                    {QStringLiteral("status"), m.invited() ? QStringLiteral("invited") : QStringLiteral("active")},
                    {QStringLiteral("last_login"), instantOrNull(m.lastLogin)}});
            o.insert(QStringLiteral("members"), list);
            QJsonObject p = policy.toJson();
            p.insert(QStringLiteral("inherited"), inherited);
            o.insert(QStringLiteral("policy"), p);
            QJsonArray ssoList;
            for (const SsoConfig& c : sso)
                ssoList.append(c.toJson());
            o.insert(QStringLiteral("sso"), ssoList);
            printJson(o);
            return Success;
        }
        m_out << "id: " << a->id << '\n'
              << "name: " << a->name << '\n'
              << "website: " << a->website << '\n'
              << "created_at: " << Instant::format(a->createdAt) << '\n'
              << "status: "
              << (a->inTrash() ? QStringLiteral("in the trash since %1").arg(Instant::format(*a->deletedAt))
                               : QStringLiteral("active"))
              << '\n'
              << "last_visit: " << (a->lastVisit ? Instant::format(*a->lastVisit) : QString()) << '\n'
              << "daily_visits: " << a->dailyVisits << '\n'
              << "users: " << a->users << '\n'
              << "primary_email: " << a->primaryEmail << '\n'
              << "metadata: " << a->metadata << '\n'
              << "policy: " << QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)
              << (inherited ? " (the environment's default)" : "") << '\n'
              << "sso: " << sso.size() << " configuration(s)\n"
              << "members:\n";
        for (const Member& m : members)
            m_out << "  " << m.email << "  " << m.roles.join(QLatin1Char(',')) << "  "
                  << (m.invited() ? "invited" : "active") << (m.primary ? "  primary" : "")
                  << (m.excluded ? "  excluded" : "") << '\n';
        m_out.flush();
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}

int Cli::cmdMembers(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {}, {QStringLiteral("--account"), QStringLiteral("--email"), QStringLiteral("--role")},
                   options, positionals))
        return Usage;
    if (positionals.size() != 1)
        return usage(QStringLiteral("members needs one action: add, remove or set-roles"));
    const QString action = positionals.first();
    if (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("set-roles"))
        return usage(QStringLiteral("unknown action \"%1\"; use add, remove or set-roles").arg(action));
    if (!options.contains(QStringLiteral("--account")) || !options.contains(QStringLiteral("--email")))
        return usage(QStringLiteral("members %1 needs --account and --email").arg(action));
    const QStringList roles = valuesOf(options, QStringLiteral("--role"));
    if (action != QLatin1String("remove") && roles.isEmpty())
        return usage(QStringLiteral("members %1 needs at least one --role").arg(action));
    if (action == QLatin1String("remove") && !roles.isEmpty())
        return usage(QStringLiteral("members remove takes no --role"));
    Database db;
    if (!openDatabase(db))
        return Failure;
    AccountService accounts(db);
    const QString id = options.value(QStringLiteral("--account"));
    const QString email = options.value(QStringLiteral("--email"));
    const bool ok = action == QLatin1String("add")      ? accounts.addMember(id, email, roles)
                    : action == QLatin1String("remove") ? accounts.removeMember(id, email)
                                                        : accounts.setMemberRoles(id, email, roles);
    if (!ok)
        return failure(accounts.errorString());
    m_out << (action == QLatin1String("add")      ? "added "
              : action == QLatin1String("remove") ? "removed "
                                                  : "roles set for ")
          << email.trimmed().toLower() << (action == QLatin1String("remove") ? " from " : " in ") << id << Qt::endl;
    return Success;
}

int Cli::cmdRoles(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--json")},
                   {QStringLiteral("--key"), QStringLiteral("--name"), QStringLiteral("--level"),
                    QStringLiteral("--description"), QStringLiteral("--permission")},
                   options, positionals))
        return Usage;
    if (positionals.isEmpty())
        return usage(QStringLiteral("roles needs an action: list, add or remove"));
    const QString action = positionals.takeFirst();
    if (action == QLatin1String("list") || action == QLatin1String("add")) {
        if (!positionals.isEmpty())
            return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.first()));
    } else if (action == QLatin1String("remove")) {
        if (positionals.size() != 1)
            return usage(QStringLiteral("roles remove needs one role key"));
    } else if (action == QLatin1String("move-members")) {
        if (positionals.size() != 2)
            return usage(QStringLiteral("roles move-members needs the role to empty and the role to give instead"));
    } else {
        return usage(QStringLiteral("unknown action \"%1\"; use list, add, remove or move-members").arg(action));
    }
    Role role;
    if (action == QLatin1String("add")) {
        if (!options.contains(QStringLiteral("--key")) || !options.contains(QStringLiteral("--name")))
            return usage(QStringLiteral("roles add needs --key and --name"));
        role.key = options.value(QStringLiteral("--key"));
        role.name = options.value(QStringLiteral("--name"));
        role.description = options.value(QStringLiteral("--description"));
        role.permissions = valuesOf(options, QStringLiteral("--permission"));
        if (options.contains(QStringLiteral("--level"))) {
            bool ok = false;
            role.level = options.value(QStringLiteral("--level")).toInt(&ok);
            if (!ok)
                return failure(QStringLiteral("--level: \"%1\" is not a whole number")
                                   .arg(options.value(QStringLiteral("--level"))));
        }
    }
    Database db;
    if (!openDatabase(db))
        return Failure;
    RoleService roles(db);
    try {
        if (action == QLatin1String("list")) {
            const QString defaultRole = roles.defaultRole();
            if (options.contains(QStringLiteral("--json"))) {
                QJsonArray list;
                for (const Role& r : roles.roles()) {
                    QJsonObject o = r.toJson();
                    o.insert(QStringLiteral("default"), r.key == defaultRole);
                    list.append(o);
                }
                printJson(list);
                return Success;
            }
            for (const Role& r : roles.roles())
                m_out << r.key << "\t" << r.name << "\tlevel " << r.level << "\t" << r.members
                      << (r.members == 1 ? " member" : " members") << (r.key == defaultRole ? "\tdefault" : "") << "\t"
                      << r.permissions.join(QLatin1Char(',')) << '\n';
            m_out.flush();
            return Success;
        }
        if (action == QLatin1String("add")) {
            if (!roles.add(role))
                return failure(roles.errorString());
            m_out << "added role " << role.key << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("move-members")) {
            const qint64 moved = roles.moveMembers(positionals.at(0), positionals.at(1));
            if (moved < 0)
                return failure(roles.errorString());
            m_out << "moved " << moved << (moved == 1 ? " membership" : " memberships") << " from " << positionals.at(0)
                  << " to " << positionals.at(1) << Qt::endl;
            return Success;
        }
        if (!roles.remove(positionals.first()))
            return failure(roles.errorString());
        m_out << "removed role " << positionals.first() << Qt::endl;
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}

int Cli::cmdPolicy(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    const QStringList valued = {QStringLiteral("--complexity"), QStringLiteral("--min-length"),
                                QStringLiteral("--history"),    QStringLiteral("--expiration-days"),
                                QStringLiteral("--lockout"),    QStringLiteral("--mfa"),
                                QStringLiteral("--allow-mfa")};
    if (!parseArgs(args, {QStringLiteral("--json")}, valued, options, positionals))
        return Usage;
    const QString action = positionals.value(0);
    const bool forDefault = action == QLatin1String("show-default") || action == QLatin1String("set-default");
    const bool forAccount = action == QLatin1String("show") || action == QLatin1String("set");
    if ((!forDefault && !forAccount) || positionals.size() != (forAccount ? 2 : 1))
        return usage(QStringLiteral("use policy show ID, policy set ID [OPTIONS], policy show-default or "
                                    "policy set-default [OPTIONS]"));
    const bool set = action.startsWith(QLatin1String("set"));
    const QString id = positionals.value(1);
    Database db;
    if (!openDatabase(db))
        return Failure;
    PolicyService policies(db);
    try {
        if (forAccount && !AccountService(db).find(id))
            return failure(QStringLiteral("no account has the ID \"%1\"").arg(id));
        bool inherited = false;
        SecurityPolicy policy = forAccount ? policies.effective(id, &inherited) : policies.environmentDefault();
        if (!set) {
            if (options.contains(QStringLiteral("--json"))) {
                QJsonObject o = policy.toJson();
                if (forAccount)
                    o.insert(QStringLiteral("inherited"), inherited);
                printJson(o);
                return Success;
            }
            m_out << "complexity: " << SecurityPolicy::complexityName(policy.complexity) << '\n'
                  << "min_length: " << policy.minLength() << '\n'
                  << "history: " << policy.history << '\n'
                  << "expiration_days: " << policy.expirationDays << (policy.expirationDays == 0 ? " (never)" : "")
                  << '\n'
                  << "lockout: " << policy.lockout << (policy.lockout == 0 ? " (off)" : "") << '\n'
                  << "mfa: " << SecurityPolicy::mfaKey(policy.mfa) << '\n'
                  << "allow_mfa: " << (policy.allowMfa ? "true" : "false") << '\n';
            if (forAccount)
                m_out << "source: " << (inherited ? "the environment's default" : "the account's own") << '\n';
            m_out.flush();
            return Success;
        }
        if (!applyPolicyOptions(options, policy))
            return Failure;
        if (!(forAccount ? policies.set(id, policy) : policies.setDefault(policy)))
            return failure(policies.errorString());
        m_out << (forAccount ? QStringLiteral("policy set for %1").arg(id) : QStringLiteral("default policy set"))
              << Qt::endl;
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}

bool Cli::applyPolicyOptions(const QMultiHash<QString, QString>& options, SecurityPolicy& policy)
{
    const auto number = [&](const QString& option, int* target) {
        if (!options.contains(option))
            return true;
        bool ok = false;
        *target = options.value(option).toInt(&ok);
        if (!ok)
            failure(QStringLiteral("%1: \"%2\" is not a whole number").arg(option, options.value(option)));
        return ok;
    };
    if (options.contains(QStringLiteral("--complexity"))) {
        const auto c = SecurityPolicy::complexityFromKey(options.value(QStringLiteral("--complexity")));
        if (!c) {
            failure(QStringLiteral("--complexity: use easy, medium, hard or custom"));
            return false;
        }
        policy.complexity = *c;
    }
    if (options.contains(QStringLiteral("--min-length"))) {
        if (policy.complexity != SecurityPolicy::Complexity::Custom) {
            failure(QStringLiteral("--min-length goes with --complexity custom"));
            return false;
        }
        if (!number(QStringLiteral("--min-length"), &policy.customMinLength))
            return false;
    }
    if (!number(QStringLiteral("--history"), &policy.history) ||
        !number(QStringLiteral("--expiration-days"), &policy.expirationDays) ||
        !number(QStringLiteral("--lockout"), &policy.lockout))
        return false;
    if (options.contains(QStringLiteral("--mfa"))) {
        const auto m = SecurityPolicy::mfaFromKey(options.value(QStringLiteral("--mfa")));
        if (!m) {
            failure(QStringLiteral("--mfa: use dont-force, force or force-except-sso"));
            return false;
        }
        policy.mfa = *m;
    }
    if (options.contains(QStringLiteral("--allow-mfa"))) {
        const QString v = options.value(QStringLiteral("--allow-mfa")).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            failure(QStringLiteral("--allow-mfa: use true or false"));
            return false;
        }
        policy.allowMfa = v == QLatin1String("true");
    }
    return true;
}

int Cli::cmdMetadata(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {}, {QStringLiteral("--file")}, options, positionals))
        return Usage;
    if (positionals.size() < 2 ||
        (positionals.first() != QLatin1String("get") && positionals.first() != QLatin1String("set")))
        return usage(QStringLiteral("use metadata get ID, metadata set ID JSON or metadata set ID --file FILE"));
    const bool set = positionals.first() == QLatin1String("set");
    const QString id = positionals.at(1);
    QString json;
    if (!set) {
        if (positionals.size() != 2 || options.contains(QStringLiteral("--file")))
            return usage(QStringLiteral("metadata get takes only the account ID"));
    } else if (options.contains(QStringLiteral("--file"))) {
        if (positionals.size() != 2)
            return usage(QStringLiteral("give the JSON or --file, not both"));
        QFile file(options.value(QStringLiteral("--file")));
        if (!file.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        json = QString::fromUtf8(file.readAll());
    } else {
        if (positionals.size() != 3)
            return usage(QStringLiteral("metadata set needs the JSON object (quoted) or --file FILE"));
        json = positionals.at(2);
    }
    Database db;
    if (!openDatabase(db))
        return Failure;
    AccountService accounts(db);
    try {
        if (!set) {
            const std::optional<AccountDetails> a = accounts.find(id);
            if (!a)
                return failure(QStringLiteral("no account has the ID \"%1\"").arg(id));
            printJson(QJsonDocument::fromJson(a->metadata.toUtf8()).object());
            return Success;
        }
        if (!accounts.setMetadata(id, json))
            return failure(accounts.errorString());
        m_out << "metadata set for " << id << Qt::endl;
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}

int Cli::cmdSso(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--json")}, {}, options, positionals))
        return Usage;
    if (positionals.size() != 2 || positionals.first() != QLatin1String("list"))
        return usage(QStringLiteral("use sso list ID [--json]"));
    const QString id = positionals.at(1);
    Database db;
    if (!openDatabase(db))
        return Failure;
    try {
        if (!AccountService(db).find(id))
            return failure(QStringLiteral("no account has the ID \"%1\"").arg(id));
        const QList<SsoConfig> configs = SsoService(db).list(id);
        if (options.contains(QStringLiteral("--json"))) {
            QJsonArray list;
            for (const SsoConfig& c : configs)
                list.append(c.toJson());
            printJson(list);
            return Success;
        }
        for (const SsoConfig& c : configs) {
            QStringList domains;
            for (const SsoDomain& d : c.domains)
                domains << d.domain + (d.verified ? QStringLiteral(" (verified)") : QStringLiteral(" (pending)"));
            m_out << c.id << "\t" << c.typeKey().toUpper() << "\t" << (c.enabled ? "enabled" : "disabled") << "\t"
                  << domains.join(QStringLiteral(", ")) << "\t"
                  << (c.type == SsoConfig::Type::Saml ? c.samlSignInUrl : c.oidcIssuer) << '\n';
        }
        m_out.flush();
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}

int Cli::cmdHistory(const QStringList& args)
{
    QMultiHash<QString, QString> options;
    QStringList positionals;
    if (!parseArgs(args, {QStringLiteral("--json")}, {QStringLiteral("--account")}, options, positionals))
        return Usage;
    if (!positionals.isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(positionals.first()));
    Database db;
    if (!openDatabase(db))
        return Failure;
    try {
        AuditLog::Filter filter;
        filter.accountId = options.value(QStringLiteral("--account"));
        const QList<AuditLog::Stored> entries = AuditLog::entries(db, filter);
        if (options.contains(QStringLiteral("--json"))) {
            QJsonArray list;
            for (const AuditLog::Stored& e : entries) {
                const auto parsed = [](const QString& text) {
                    return text.isEmpty() ? QJsonValue()
                                          : QJsonDocument::fromJson(("[" + text + "]").toUtf8()).array().at(0);
                };
                list.append(QJsonObject{
                    {QStringLiteral("at"), Instant::format(e.at)},
                    {QStringLiteral("actor"), e.actor},
                    {QStringLiteral("action"), e.action},
                    {QStringLiteral("target_kind"), e.targetKind},
                    {QStringLiteral("target"), e.target},
                    {QStringLiteral("account_id"), e.accountId.isEmpty() ? QJsonValue() : QJsonValue(e.accountId)},
                    {QStringLiteral("before"), parsed(e.before)},
                    {QStringLiteral("after"), parsed(e.after)}});
            }
            printJson(list);
            return Success;
        }
        for (const AuditLog::Stored& e : entries)
            m_out << Instant::format(e.at) << "  " << e.actor << "  " << e.action << "  " << e.targetKind << " "
                  << e.target << "  " << (e.before.isEmpty() ? QStringLiteral("-") : e.before) << " -> "
                  << (e.after.isEmpty() ? QStringLiteral("-") : e.after) << '\n';
        m_out.flush();
        return Success;
    } catch (const StorageError& e) {
        return failure(e.message());
    }
}
