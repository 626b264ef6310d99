#include "RoleService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
QString permissionsJson(const QStringList& permissions)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(permissions)).toJson(QJsonDocument::Compact));
}
} // namespace

QJsonObject Role::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("level"), level},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("members"), members}};
}

RoleService::RoleService(Database& db)
    : m_db(db)
{}

bool RoleService::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<Role> RoleService::roles() const
{
    QList<Role> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT r.key, r.name, r.description, r.level, r.permissions,"
        " (SELECT COUNT(*) FROM membership_roles m WHERE m.role = r.key) FROM roles r ORDER BY r.level, r.key"));
    while (q.next()) {
        Role r;
        r.key = q.value(0).toString();
        r.name = q.value(1).toString();
        r.description = q.value(2).toString();
        r.level = q.value(3).toInt();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            r.permissions << v.toString();
        r.members = q.value(5).toLongLong();
        out.append(r);
    }
    return out;
}

std::optional<Role> RoleService::find(const QString& key) const
{
    for (const Role& r : roles()) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

QString RoleService::defaultRole() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_role'")).toString();
}

QString RoleService::validate(const Role& role)
{
    QString reason = Validation::roleKey(role.key);
    if (!reason.isEmpty())
        return QStringLiteral("key \"%1\": %2").arg(role.key, reason);
    if (role.name.trimmed().isEmpty() || role.name.size() > 100)
        return QStringLiteral("a role needs a name of 1 to 100 characters");
    if (role.level < 0 || role.level > 100)
        return QStringLiteral("the level is a whole number from 0 (highest) to 100");
    static const QRegularExpression permission(QStringLiteral("^(\\*|[a-z0-9][a-z0-9._:-]{0,63})$"));
    for (const QString& p : role.permissions) {
        if (!permission.match(p).hasMatch())
            return QStringLiteral("permission \"%1\": lower-case letters, digits, '.', '_', ':' or '-'").arg(p);
    }
    return {};
}

Role RoleService::normalized(Role role)
{
    role.name = role.name.trimmed();
    role.description = role.description.trimmed();
    return role;
}

bool RoleService::add(const Role& input)
{
    m_error.clear();
    Role role = normalized(input);
    const QString reason = validate(role);
    if (!reason.isEmpty())
        return fail(reason);
    return m_db.transact(&m_error, [&] {
        if (find(role.key))
            return fail(QStringLiteral("a role with the key \"%1\" already exists").arg(role.key));
        m_db.exec(QStringLiteral("INSERT INTO roles (key, name, description, level, permissions) "
                                 "VALUES (:key, :name, :description, :level, :permissions)"),
                  {{QStringLiteral(":key"), role.key},
                   {QStringLiteral(":name"), role.name},
                   {QStringLiteral(":description"), role.description},
                   {QStringLiteral(":level"), role.level},
                   {QStringLiteral(":permissions"), permissionsJson(role.permissions)}});
        AuditLog::record(m_db, {QStringLiteral("role.add"), QStringLiteral("role"), role.key, QString(), QJsonValue(),
                                role.toJson()});
        return true;
    });
}

bool RoleService::update(const Role& input)
{
    m_error.clear();
    Role role = normalized(input);
    const QString reason = validate(role);
    if (!reason.isEmpty())
        return fail(reason);
    return m_db.transact(&m_error, [&] {
        const std::optional<Role> before = find(role.key);
        if (!before)
            return fail(QStringLiteral("no role has the key \"%1\"").arg(role.key));
        m_db.exec(QStringLiteral("UPDATE roles SET name = :name, description = :description, level = :level, "
                                 "permissions = :permissions WHERE key = :key"),
                  {{QStringLiteral(":key"), role.key},
                   {QStringLiteral(":name"), role.name},
                   {QStringLiteral(":description"), role.description},
                   {QStringLiteral(":level"), role.level},
                   {QStringLiteral(":permissions"), permissionsJson(role.permissions)}});
        role.members = before->members;
        AuditLog::record(m_db, {QStringLiteral("role.update"), QStringLiteral("role"), role.key, QString(),
                                before->toJson(), role.toJson()});
        return true;
    });
}

bool RoleService::remove(const QString& key)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        const std::optional<Role> before = find(key);
        if (!before)
            return fail(QStringLiteral("no role has the key \"%1\"").arg(key));
        if (before->members > 0)
            return fail(QStringLiteral("the role \"%1\" is held by %2 %3; move them to another role first")
                            .arg(key)
                            .arg(before->members)
                            .arg(before->members == 1 ? QStringLiteral("member") : QStringLiteral("members")));
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM sso_group_roles WHERE role = :k"), {{QStringLiteral(":k"), key}})
                .isValid())
            return fail(QStringLiteral("the role \"%1\" is used by an SSO group mapping; change it first").arg(key));
        if (defaultRole() == key)
            return fail(
                QStringLiteral("the role \"%1\" is the default role for new members; choose another default first")
                    .arg(key));
        m_db.exec(QStringLiteral("DELETE FROM roles WHERE key = :k"), {{QStringLiteral(":k"), key}});
        AuditLog::record(m_db, {QStringLiteral("role.remove"), QStringLiteral("role"), key, QString(), before->toJson(),
                                QJsonValue()});
        return true;
    });
}

qint64 RoleService::moveMembers(const QString& from, const QString& to)
{
    m_error.clear();
    if (from == to) {
        fail(QStringLiteral("choose another role to move the members to"));
        return -1;
    }
    qint64 moved = 0;
    const bool ok = m_db.transact(&m_error, [&] {
        if (!find(from) || !find(to))
            return fail(QStringLiteral("no role has the key \"%1\"").arg(find(from) ? to : from));
        moved = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM membership_roles WHERE role = :from"),
                            {{QStringLiteral(":from"), from}})
                    .toLongLong();
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO membership_roles (account, user, role) "
                                 "SELECT account, user, :to FROM membership_roles WHERE role = :from"),
                  {{QStringLiteral(":to"), to}, {QStringLiteral(":from"), from}});
        m_db.exec(QStringLiteral("DELETE FROM membership_roles WHERE role = :from"), {{QStringLiteral(":from"), from}});
        AuditLog::record(m_db, {QStringLiteral("role.move-members"), QStringLiteral("role"), from, QString(),
                                QJsonObject{{QStringLiteral("role"), from}, {QStringLiteral("members"), moved}},
                                QJsonObject{{QStringLiteral("role"), to}}});
        return true;
    });
    return ok ? moved : -1;
}

bool RoleService::setDefaultRole(const QString& key)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        if (!find(key))
            return fail(QStringLiteral("no role has the key \"%1\"").arg(key));
        const QString before = defaultRole();
        m_db.exec(QStringLiteral("UPDATE settings SET value = :k WHERE key = 'default_role'"),
                  {{QStringLiteral(":k"), key}});
        AuditLog::record(m_db,
                         {QStringLiteral("role.default"), QStringLiteral("environment"), key, QString(), before, key});
        return true;
    });
}
