#include "SecurityPolicy.h"

#include "AuditLog.h"
#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

int SecurityPolicy::minLength() const
{
    switch (complexity) {
    case Complexity::Easy:
        return 6;
    case Complexity::Medium:
        return 8;
    case Complexity::Hard:
        return 10;
    case Complexity::Custom:
        return customMinLength;
    }
    return 6;
}

QString SecurityPolicy::validate() const
{
    if (complexity == Complexity::Custom && (customMinLength < 6 || customMinLength > 128))
        return QStringLiteral("a custom minimum length is from 6 to 128 characters");
    if (history < 0 || history > 10)
        return QStringLiteral("password history remembers 0 (off) to 10 passwords");
    if (expirationDays < 0 || expirationDays > 365)
        return QStringLiteral("password expiration is never (0) or 1 to 365 days");
    if (lockout != 0 && (lockout < 3 || lockout > 20))
        return QStringLiteral("lockout is off (0) or after 3 to 20 failed logins");
    return {};
}

QStringList SecurityPolicy::looserThan(const SecurityPolicy& base) const
{
    QStringList out;
    if (minLength() < base.minLength())
        out << QStringLiteral("passwords must have at least %1 characters").arg(base.minLength());
    if (base.requiresCharacterClasses() && !requiresCharacterClasses())
        out << QStringLiteral("passwords must mix upper case, lower case, a digit and a symbol (Medium or Hard)");
    if (history < base.history)
        out << QStringLiteral("password history must remember at least %1 passwords").arg(base.history);
    if (base.expirationDays > 0 && (expirationDays == 0 || expirationDays > base.expirationDays))
        out << QStringLiteral("passwords must expire within %1 days").arg(base.expirationDays);
    if (base.lockout > 0 && (lockout == 0 || lockout > base.lockout))
        out << QStringLiteral("lockout must happen after at most %1 failed logins").arg(base.lockout);
    if (mfa < base.mfa)
        out << QStringLiteral("MFA must be at least \"%1\"").arg(mfaName(base.mfa));
    if (base.allowMfa && !allowMfa)
        out << QStringLiteral("users must be allowed to enable MFA");
    return out;
}

QString SecurityPolicy::rules()
{
    return QStringLiteral("An account may only make its policy stricter than the environment's default: longer or "
                          "more complex passwords, a longer history, a shorter expiration, a lockout after fewer "
                          "attempts, stronger MFA enforcement.");
}

QString SecurityPolicy::complexityKey(Complexity c)
{
    switch (c) {
    case Complexity::Easy:
        return QStringLiteral("easy");
    case Complexity::Medium:
        return QStringLiteral("medium");
    case Complexity::Hard:
        return QStringLiteral("hard");
    case Complexity::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<SecurityPolicy::Complexity> SecurityPolicy::complexityFromKey(const QString& key)
{
    for (Complexity c : {Complexity::Easy, Complexity::Medium, Complexity::Hard, Complexity::Custom}) {
        if (complexityKey(c) == key.toLower())
            return c;
    }
    return std::nullopt;
}

QString SecurityPolicy::complexityName(Complexity c)
{
    switch (c) {
    case Complexity::Easy:
        return QStringLiteral("Easy (at least 6 characters, no character 3 times in a row)");
    case Complexity::Medium:
        return QStringLiteral("Medium (at least 8, upper and lower case, a digit and a symbol)");
    case Complexity::Hard:
        return QStringLiteral("Hard (at least 10, upper and lower case, a digit and a symbol)");
    case Complexity::Custom:
        return QStringLiteral("Custom (a minimum length)");
    }
    return {};
}

QString SecurityPolicy::mfaKey(Mfa m)
{
    switch (m) {
    case Mfa::DontForce:
        return QStringLiteral("dont-force");
    case Mfa::ForceExceptSso:
        return QStringLiteral("force-except-sso");
    case Mfa::Force:
        return QStringLiteral("force");
    }
    return {};
}

std::optional<SecurityPolicy::Mfa> SecurityPolicy::mfaFromKey(const QString& key)
{
    for (Mfa m : {Mfa::DontForce, Mfa::ForceExceptSso, Mfa::Force}) {
        if (mfaKey(m) == key.toLower())
            return m;
    }
    return std::nullopt;
}

QString SecurityPolicy::mfaName(Mfa m)
{
    switch (m) {
    case Mfa::DontForce:
        return QStringLiteral("Don't force");
    case Mfa::ForceExceptSso:
        return QStringLiteral("Force except enterprise SSO");
    case Mfa::Force:
        return QStringLiteral("Force");
    }
    return {};
}

QJsonObject SecurityPolicy::toJson() const
{
    return {{QStringLiteral("complexity"), complexityKey(complexity)},
            {QStringLiteral("min_length"), minLength()},
            {QStringLiteral("history"), history},
            {QStringLiteral("expiration_days"), expirationDays},
            {QStringLiteral("lockout"), lockout},
            {QStringLiteral("mfa"), mfaKey(mfa)},
            {QStringLiteral("allow_mfa"), allowMfa}};
}

std::optional<SecurityPolicy> SecurityPolicy::fromJson(const QJsonObject& json, QString* error)
{
    SecurityPolicy p;
    const auto complexity =
        complexityFromKey(json.value(QStringLiteral("complexity")).toString(QStringLiteral("easy")));
    const auto mfa = mfaFromKey(json.value(QStringLiteral("mfa")).toString(QStringLiteral("dont-force")));
    if (!complexity || !mfa) {
        if (error)
            *error = QStringLiteral("unknown complexity or MFA value");
        return std::nullopt;
    }
    p.complexity = *complexity;
    p.mfa = *mfa;
    p.customMinLength = json.value(QStringLiteral("min_length")).toInt(6);
    p.history = json.value(QStringLiteral("history")).toInt(0);
    p.expirationDays = json.value(QStringLiteral("expiration_days")).toInt(0);
    p.lockout = json.value(QStringLiteral("lockout")).toInt(0);
    p.allowMfa = json.value(QStringLiteral("allow_mfa")).toBool(true);
    return p;
}

PolicyService::PolicyService(Database& db)
    : m_db(db)
{}

SecurityPolicy PolicyService::environmentDefault() const
{
    const QString json =
        m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'default_policy'")).toString();
    return SecurityPolicy::fromJson(QJsonDocument::fromJson(json.toUtf8()).object()).value_or(SecurityPolicy());
}

SecurityPolicy PolicyService::effective(const QString& accountId, bool* inherited) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT p.complexity, p.min_length, p.history, p.expiration_days, p.lockout, "
                                 "p.mfa, p.allow_mfa FROM security_policies p JOIN accounts a ON a.rid = p.account "
                                 "WHERE a.id = :id"),
                  {{QStringLiteral(":id"), accountId}});
    if (!q.next()) {
        if (inherited)
            *inherited = true;
        return environmentDefault();
    }
    if (inherited)
        *inherited = false;
    SecurityPolicy p;
    p.complexity = SecurityPolicy::complexityFromKey(q.value(0).toString()).value_or(SecurityPolicy::Complexity::Easy);
    p.customMinLength = q.value(1).toInt();
    p.history = q.value(2).toInt();
    p.expirationDays = q.value(3).toInt();
    p.lockout = q.value(4).toInt();
    p.mfa = SecurityPolicy::mfaFromKey(q.value(5).toString()).value_or(SecurityPolicy::Mfa::DontForce);
    p.allowMfa = q.value(6).toBool();
    return p;
}

bool PolicyService::setDefault(const SecurityPolicy& policy)
{
    m_error.clear();
    const QString reason = policy.validate();
    if (!reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    return m_db.transact(&m_error, [&] {
        QStringList looser;
        QSqlQuery own =
            m_db.exec(QStringLiteral("SELECT a.id FROM security_policies p JOIN accounts a ON a.rid = p.account "
                                     "ORDER BY a.id"));
        QStringList ids;
        while (own.next())
            ids << own.value(0).toString();
        for (const QString& id : std::as_const(ids)) {
            if (!effective(id).looserThan(policy).isEmpty())
                looser << id;
        }
        if (!looser.isEmpty()) {
            m_error = QStringLiteral("%1 %2 a policy looser than this default (%3); make %4 stricter first")
                          .arg(looser.size())
                          .arg(looser.size() == 1 ? QStringLiteral("account has") : QStringLiteral("accounts have"),
                               QStringList(looser.mid(0, 5)).join(QStringLiteral(", ")) +
                                   (looser.size() > 5 ? QStringLiteral(", …") : QString()),
                               looser.size() == 1 ? QStringLiteral("it") : QStringLiteral("them"));
            return false;
        }
        const SecurityPolicy before = environmentDefault();
        m_db.exec(
            QStringLiteral("UPDATE settings SET value = :v WHERE key = 'default_policy'"),
            {{QStringLiteral(":v"), QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact))}});
        AuditLog::record(m_db, {QStringLiteral("policy.default"), QStringLiteral("environment"),
                                QStringLiteral("default policy"), QString(), before.toJson(), policy.toJson()});
        return true;
    });
}

bool PolicyService::set(const QString& accountId, const SecurityPolicy& policy)
{
    m_error.clear();
    QString reason = policy.validate();
    if (!reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    const QStringList looser = policy.looserThan(environmentDefault());
    if (!looser.isEmpty()) {
        m_error = QStringLiteral("the policy may only be stricter than the environment's default: %1")
                      .arg(looser.join(QStringLiteral("; ")));
        return false;
    }
    try {
        Transaction tx(m_db);
        const QVariant rid =
            m_db.scalar(QStringLiteral("SELECT rid FROM accounts WHERE id = :id AND deleted_at IS NULL"),
                        {{QStringLiteral(":id"), accountId}});
        if (!rid.isValid()) {
            m_error = QStringLiteral("no account has the ID \"%1\" (outside the trash)").arg(accountId);
            return false;
        }
        const SecurityPolicy before = effective(accountId);
        m_db.exec(
            QStringLiteral("INSERT OR REPLACE INTO security_policies (account, complexity, min_length, history, "
                           "expiration_days, lockout, mfa, allow_mfa) VALUES (:rid, :c, :len, :h, :e, :l, :m, :a)"),
            {{QStringLiteral(":rid"), rid},
             {QStringLiteral(":c"), SecurityPolicy::complexityKey(policy.complexity)},
             {QStringLiteral(":len"), policy.minLength()},
             {QStringLiteral(":h"), policy.history},
             {QStringLiteral(":e"), policy.expirationDays},
             {QStringLiteral(":l"), policy.lockout},
             {QStringLiteral(":m"), SecurityPolicy::mfaKey(policy.mfa)},
             {QStringLiteral(":a"), policy.allowMfa ? 1 : 0}});
        AuditLog::record(m_db, {QStringLiteral("policy.set"), QStringLiteral("account"), accountId, accountId,
                                before.toJson(), policy.toJson()});
        tx.commit();
        return true;
    } catch (const StorageError& e) {
        m_error = e.message();
        return false;
    }
}
