#include "AccountService.h"

#include "AccountFigures.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Instant.h"
#include "Users.h"
#include "Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

const QString SelectAccount = QStringLiteral(
    "SELECT a.rid, a.id, a.name, a.website, a.metadata, a.created_at, a.deleted_at, a.last_visit, a.daily_visits, "
    "a.users, u.email FROM accounts a LEFT JOIN users u ON u.uid = a.primary_user ");

AccountDetails accountFrom(const QSqlQuery& q)
{
    AccountDetails a;
    a.rowId = q.value(0).toLongLong();
    a.id = q.value(1).toString();
    a.name = q.value(2).toString();
    a.website = q.value(3).toString();
    a.metadata = q.value(4).toString();
    a.createdAt = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        a.deletedAt = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        a.lastVisit = q.value(7).toLongLong();
    a.dailyVisits = q.value(8).toLongLong();
    a.users = q.value(9).toLongLong();
    a.primaryEmail = q.value(10).toString();
    return a;
}

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

} // namespace

QJsonObject AccountDetails::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("website"), website},
                  {QStringLiteral("created_at"), Instant::format(createdAt)},
                  {QStringLiteral("metadata"), QJsonDocument::fromJson(metadata.toUtf8()).object()}};
    if (deletedAt)
        o.insert(QStringLiteral("deleted_at"), Instant::format(*deletedAt));
    return o;
}

AccountService::AccountService(Database& db)
    : m_db(db)
{}

bool AccountService::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<AccountDetails> AccountService::find(const QString& id) const
{
    QSqlQuery q = m_db.exec(SelectAccount + QStringLiteral("WHERE a.id = :id"), {{QStringLiteral(":id"), id}});
    if (!q.next())
        return std::nullopt;
    return accountFrom(q);
}

QList<AccountDetails> AccountService::trash() const
{
    QList<AccountDetails> out;
    QSqlQuery q =
        m_db.exec(SelectAccount + QStringLiteral("WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC, a.id"));
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

std::optional<AccountDetails> AccountService::live(const QString& id)
{
    std::optional<AccountDetails> a = find(id);
    if (!a)
        fail(QStringLiteral("no account has the ID \"%1\"").arg(id));
    else if (a->inTrash())
        fail(QStringLiteral("the account \"%1\" is in the trash; restore it first").arg(id));
    else
        return a;
    return std::nullopt;
}

QList<Member> AccountService::members(const QString& id) const
{
    QList<Member> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT u.email, u.name, m.joined_at, u.uid = a.primary_user, u.excluded,"
                       " (SELECT group_concat(role, ';') FROM (SELECT role FROM membership_roles r"
                       "   WHERE r.account = m.account AND r.user = m.user ORDER BY role)),"
                       " (SELECT MAX(at) FROM logins l WHERE l.account = m.account AND l.user = m.user) "
                       "FROM accounts a JOIN memberships m ON m.account = a.rid JOIN users u ON u.uid = m.user "
                       "WHERE a.id = :id ORDER BY u.uid = a.primary_user DESC, u.email"),
        {{QStringLiteral(":id"), id}});
    while (q.next()) {
        Member m;
        m.email = q.value(0).toString();
        m.name = q.value(1).toString();
        m.joinedAt = q.value(2).toLongLong();
        m.primary = q.value(3).toBool();
        m.excluded = q.value(4).toBool();
        m.roles = q.value(5).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        if (!q.value(6).isNull())
            m.lastLogin = q.value(6).toLongLong();
        out.append(m);
    }
    return out;
}

std::optional<Member> AccountService::member(const QString& id, const QString& email) const
{
    const QString wanted = normalizedEmail(email);
    for (const Member& m : members(id)) {
        if (m.email == wanted)
            return m;
    }
    return std::nullopt;
}

QString AccountService::checkNewId(const QString& id) const
{
    if (id.isEmpty())
        return {};
    const QString reason = Validation::accountId(id);
    if (!reason.isEmpty())
        return reason;
    const std::optional<AccountDetails> existing = find(id);
    if (existing && !existing->inTrash())
        return QStringLiteral("an account with this ID already exists");
    return {};
}

QString AccountService::checkWebsite(const QString& website)
{
    if (website.isEmpty())
        return {};
    const QUrl url(website, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return QStringLiteral("a website is an http:// or https:// address, e.g. https://acme.io");
    return {};
}

QStringList AccountService::checkedRoles(const QStringList& roles)
{
    QStringList out;
    for (const QString& raw : roles) {
        const QString key = raw.trimmed();
        if (key.isEmpty() || out.contains(key))
            continue;
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM roles WHERE key = :k"), {{QStringLiteral(":k"), key}})
                 .isValid()) {
            fail(QStringLiteral("unknown role \"%1\"").arg(key));
            return {};
        }
        out << key;
    }
    if (out.isEmpty())
        out << m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_role'")).toString();
    std::sort(out.begin(), out.end());
    return out;
}

void AccountService::refresh(qint64 rowId)
{
    AccountFigures::prepare(m_db);
    AccountFigures::touch(m_db, rowId);
    AccountFigures::refresh(m_db);
}

std::optional<QString> AccountService::add(const NewAccount& input, bool* restored)
{
    m_error.clear();
    if (restored)
        *restored = false;
    const QString id =
        input.id.trimmed().isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : input.id.trimmed();
    const QString name = input.name.trimmed();
    const QString website = input.website.trimmed();
    const QString email = normalizedEmail(input.primaryEmail);
    QString reason = Validation::accountId(id);
    if (!reason.isEmpty()) {
        fail(QStringLiteral("ID \"%1\": %2").arg(id, reason));
        return std::nullopt;
    }
    if (!(reason = Validation::accountName(name)).isEmpty() || !(reason = checkWebsite(website)).isEmpty() ||
        (!email.isEmpty() && !(reason = Validation::email(email)).isEmpty())) {
        fail(reason);
        return std::nullopt;
    }
    try {
        const std::optional<AccountDetails> existing = find(id);
        if (existing && !existing->inTrash()) {
            fail(QStringLiteral("an account with the ID \"%1\" already exists").arg(id));
            return std::nullopt;
        }
        if (existing) { // in the trash: adding it again brings it back, with all it had
            if (!restore(id))
                return std::nullopt;
            if (restored)
                *restored = true;
            return id;
        }
        QStringList roles;
        if (!email.isEmpty()) {
            roles =
                checkedRoles(input.primaryRoles.isEmpty() ? QStringList{QStringLiteral("admin")} : input.primaryRoles);
            if (roles.isEmpty())
                return std::nullopt;
        }
        Transaction tx(m_db);
        const qint64 now = Clock::now();
        QSqlQuery insert = m_db.exec(
            QStringLiteral(
                "INSERT INTO accounts (id, name, name_key, website, created_at) VALUES (:id, :name, :key, :web, :now)"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":name"), name},
             {QStringLiteral(":key"), name.toCaseFolded()},
             {QStringLiteral(":web"), website},
             {QStringLiteral(":now"), now}});
        const qint64 rid = insert.lastInsertId().toLongLong();
        QJsonObject after = find(id)->toJson();
        if (!email.isEmpty()) {
            const qint64 uid = Users::ensure(m_db, email, now);
            m_db.exec(
                QStringLiteral(
                    "INSERT INTO memberships (account, user, joined_at, is_primary) VALUES (:rid, :uid, :now, 1)"),
                {{QStringLiteral(":rid"), rid}, {QStringLiteral(":uid"), uid}, {QStringLiteral(":now"), now}});
            Users::setRoles(m_db, rid, uid, roles);
            after.insert(QStringLiteral("primary"),
                         QJsonObject{{QStringLiteral("email"), email},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
        }
        refresh(rid);
        AuditLog::record(m_db, {QStringLiteral("account.add"), QStringLiteral("account"), id, id, QJsonValue(), after});
        tx.commit();
        return id;
    } catch (const StorageError& e) {
        fail(e.message());
        return std::nullopt;
    }
}

bool AccountService::updateDetails(const QString& id, const QString& nameInput, const QString& websiteInput)
{
    m_error.clear();
    const QString name = nameInput.trimmed();
    const QString website = websiteInput.trimmed();
    QString reason = Validation::accountName(name);
    if (reason.isEmpty())
        reason = checkWebsite(website);
    if (!reason.isEmpty())
        return fail(reason);
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> before = live(id);
        if (!before)
            return false;
        if (before->name == name && before->website == website)
            return true;
        m_db.exec(QStringLiteral("UPDATE accounts SET name = :name, name_key = :key, website = :web WHERE rid = :rid"),
                  {{QStringLiteral(":name"), name},
                   {QStringLiteral(":key"), name.toCaseFolded()},
                   {QStringLiteral(":web"), website},
                   {QStringLiteral(":rid"), before->rowId}});
        AuditLog::record(
            m_db, {QStringLiteral("account.update"), QStringLiteral("account"), id, id,
                   QJsonObject{{QStringLiteral("name"), before->name}, {QStringLiteral("website"), before->website}},
                   QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("website"), website}}});
        return true;
    });
}

bool AccountService::setMetadata(const QString& id, const QString& json)
{
    m_error.clear();
    QString normalized;
    const QString reason = Validation::metadata(json, &normalized);
    if (!reason.isEmpty())
        return fail(reason);
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> before = live(id);
        if (!before)
            return false;
        if (before->metadata == normalized)
            return true;
        m_db.exec(QStringLiteral("UPDATE accounts SET metadata = :m WHERE rid = :rid"),
                  {{QStringLiteral(":m"), normalized}, {QStringLiteral(":rid"), before->rowId}});
        AuditLog::record(m_db, {QStringLiteral("account.metadata"), QStringLiteral("account"), id, id,
                                QJsonDocument::fromJson(before->metadata.toUtf8()).object(),
                                QJsonDocument::fromJson(normalized.toUtf8()).object()});
        return true;
    });
}

bool AccountService::moveToTrash(const QString& id)
{
    return setInTrash(id, true);
}

bool AccountService::restore(const QString& id)
{
    return setInTrash(id, false);
}

bool AccountService::setInTrash(const QString& id, bool trash)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> before = find(id);
        if (!before)
            return fail(QStringLiteral("no account has the ID \"%1\"").arg(id));
        if (before->inTrash() == trash)
            return fail(trash ? QStringLiteral("the account \"%1\" is already in the trash").arg(id)
                              : QStringLiteral("the account \"%1\" is not in the trash").arg(id));
        m_db.exec(QStringLiteral("UPDATE accounts SET deleted_at = :at WHERE rid = :rid"),
                  {{QStringLiteral(":at"),
                    trash ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>())},
                   {QStringLiteral(":rid"), before->rowId}});
        refresh(before->rowId); // in or out of the per-day figures
        AuditLog::record(m_db, {trash ? QStringLiteral("account.delete") : QStringLiteral("account.restore"),
                                QStringLiteral("account"), id, id, before->toJson(), find(id)->toJson()});
        return true;
    });
}

bool AccountService::purge(const QString& id)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> before = find(id);
        if (!before)
            return fail(QStringLiteral("no account has the ID \"%1\"").arg(id));
        QJsonObject snapshot = before->toJson();
        QJsonArray members;
        for (const Member& m : this->members(id))
            members.append(QJsonObject{{QStringLiteral("email"), m.email},
                                       {QStringLiteral("roles"), QJsonArray::fromStringList(m.roles)}});
        snapshot.insert(QStringLiteral("members"), members);
        // Out of the per-day figures first (as the trash does), then gone with all it had.
        m_db.exec(
            QStringLiteral("UPDATE accounts SET deleted_at = COALESCE(deleted_at, :now) WHERE rid = :rid"),
            {{QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch()}, {QStringLiteral(":rid"), before->rowId}});
        refresh(before->rowId);
        m_db.exec(QStringLiteral("DELETE FROM accounts WHERE rid = :rid"), {{QStringLiteral(":rid"), before->rowId}});
        AuditLog::record(m_db,
                         {QStringLiteral("account.purge"), QStringLiteral("account"), id, id, snapshot, QJsonValue()});
        return true;
    });
}

bool AccountService::addMember(const QString& id, const QString& emailInput, const QStringList& rolesInput)
{
    m_error.clear();
    const QString email = normalizedEmail(emailInput);
    const QString reason = Validation::email(email);
    if (!reason.isEmpty())
        return fail(QStringLiteral("\"%1\": %2").arg(emailInput.trimmed(), reason));
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> account = live(id);
        if (!account)
            return false;
        const QStringList roles = checkedRoles(rolesInput);
        if (roles.isEmpty())
            return false;
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM memberships m JOIN users u ON u.uid = m.user "
                                       "WHERE m.account = :rid AND u.email = :email"),
                        {{QStringLiteral(":rid"), account->rowId}, {QStringLiteral(":email"), email}})
                .isValid())
            return fail(QStringLiteral("%1 is already a member of \"%2\"").arg(email, id));
        const qint64 now = Clock::now();
        const qint64 uid = Users::ensure(m_db, email, now);
        m_db.exec(
            QStringLiteral("INSERT INTO memberships (account, user, joined_at) VALUES (:rid, :uid, :now)"),
            {{QStringLiteral(":rid"), account->rowId}, {QStringLiteral(":uid"), uid}, {QStringLiteral(":now"), now}});
        Users::setRoles(m_db, account->rowId, uid, roles);
        refresh(account->rowId);
        AuditLog::record(m_db, {QStringLiteral("member.add"), QStringLiteral("member"), email, id, QJsonValue(),
                                QJsonObject{{QStringLiteral("email"), email},
                                            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}}});
        return true;
    });
}

bool AccountService::removeMember(const QString& id, const QString& emailInput)
{
    m_error.clear();
    const QString email = normalizedEmail(emailInput);
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> account = live(id);
        if (!account)
            return false;
        const std::optional<Member> it = member(id, email);
        if (!it)
            return fail(QStringLiteral("%1 is not a member of \"%2\"").arg(email, id));
        if (it->primary)
            return fail(QStringLiteral("%1 is the primary user of \"%2\" and cannot be removed").arg(email, id));
        m_db.exec(
            QStringLiteral(
                "DELETE FROM memberships WHERE account = :rid AND user = (SELECT uid FROM users WHERE email = :email)"),
            {{QStringLiteral(":rid"), account->rowId}, {QStringLiteral(":email"), email}});
        refresh(account->rowId);
        AuditLog::record(m_db, {QStringLiteral("member.remove"), QStringLiteral("member"), email, id,
                                QJsonObject{{QStringLiteral("email"), email},
                                            {QStringLiteral("roles"), QJsonArray::fromStringList(it->roles)}},
                                QJsonValue()});
        return true;
    });
}

bool AccountService::setMemberRoles(const QString& id, const QString& emailInput, const QStringList& rolesInput)
{
    m_error.clear();
    const QString email = normalizedEmail(emailInput);
    if (std::all_of(rolesInput.cbegin(), rolesInput.cend(), [](const QString& r) { return r.trimmed().isEmpty(); }))
        return fail(QStringLiteral("a member needs at least one role"));
    return m_db.transact(&m_error, [&] {
        const std::optional<AccountDetails> account = live(id);
        if (!account)
            return false;
        const std::optional<Member> it = member(id, email);
        if (!it)
            return fail(QStringLiteral("%1 is not a member of \"%2\"").arg(email, id));
        const QStringList roles = checkedRoles(rolesInput);
        if (roles.isEmpty())
            return false;
        if (roles == it->roles)
            return true;
        const qint64 uid = m_db.scalar(QStringLiteral("SELECT uid FROM users WHERE email = :email"),
                                       {{QStringLiteral(":email"), email}})
                               .toLongLong();
        Users::setRoles(m_db, account->rowId, uid, roles);
        AuditLog::record(m_db, {QStringLiteral("member.roles"), QStringLiteral("member"), email, id,
                                QJsonArray::fromStringList(it->roles), QJsonArray::fromStringList(roles)});
        return true;
    });
}
