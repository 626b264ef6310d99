#include "SsoService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Validation.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>

QString SsoConfig::maskedSecret(const QString& secret)
{
    if (secret.isEmpty())
        return {};
    return QStringLiteral("••••••••") + (secret.size() > 8 ? secret.right(4) : QString());
}

QString SsoConfig::validate() const
{
    const auto isUrl = [](const QString& text) {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
               !url.host().isEmpty();
    };
    if (domains.isEmpty())
        return QStringLiteral("an SSO configuration serves at least one email domain");
    for (const SsoDomain& d : domains) {
        const QString reason = Validation::domain(d.domain);
        if (!reason.isEmpty())
            return QStringLiteral("domain \"%1\": %2").arg(d.domain, reason);
    }
    if (type == Type::Saml) {
        if (!isUrl(samlSignInUrl))
            return QStringLiteral("the IdP sign-in URL must be an https:// address");
        if (samlEntityId.trimmed().isEmpty())
            return QStringLiteral("the IdP entity ID is required");
        if (!samlCertificate.trimmed().isEmpty() && !samlCertificate.contains(QLatin1String("BEGIN CERTIFICATE")))
            return QStringLiteral("the signing certificate must be PEM (-----BEGIN CERTIFICATE-----)");
    } else {
        if (!isUrl(oidcIssuer))
            return QStringLiteral("the issuer URL must be an https:// address");
        if (oidcClientId.trimmed().isEmpty())
            return QStringLiteral("the client ID is required");
    }
    for (const auto& [group, role] : groupRoles) {
        if (group.trimmed().isEmpty())
            return QStringLiteral("a group mapping needs the IdP group's name");
        const QString reason = Validation::roleKey(role);
        if (!reason.isEmpty())
            return QStringLiteral("group \"%1\": %2").arg(group, reason);
    }
    return {};
}

QJsonObject SsoConfig::toJson() const
{
    QJsonArray domainList;
    for (const SsoDomain& d : domains)
        domainList.append(
            QJsonObject{{QStringLiteral("domain"), d.domain},
                        {QStringLiteral("state"), d.verified ? QStringLiteral("verified") : QStringLiteral("pending")},
                        {QStringLiteral("txt_record"), d.txtRecord}});
    QJsonObject groups;
    for (const auto& [group, role] : groupRoles)
        groups.insert(group, role);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), typeKey()},
                  {QStringLiteral("enabled"), enabled},
                  {QStringLiteral("domains"), domainList},
                  {QStringLiteral("group_roles"), groups}};
    if (type == Type::Saml) {
        o.insert(QStringLiteral("sign_in_url"), samlSignInUrl);
        o.insert(QStringLiteral("entity_id"), samlEntityId);
        o.insert(QStringLiteral("certificate"), samlCertificate);
    } else {
        o.insert(QStringLiteral("issuer"), oidcIssuer);
        o.insert(QStringLiteral("client_id"), oidcClientId);
        o.insert(QStringLiteral("client_secret"), maskedSecret(oidcClientSecret));
    }
    return o;
}

SsoService::SsoService(Database& db)
    : m_db(db)
{}

bool SsoService::fail(const QString& message)
{
    m_error = message;
    return false;
}

std::optional<qint64> SsoService::accountRow(const QString& accountId)
{
    const QVariant rid = m_db.scalar(QStringLiteral("SELECT rid FROM accounts WHERE id = :id AND deleted_at IS NULL"),
                                     {{QStringLiteral(":id"), accountId}});
    if (!rid.isValid()) {
        fail(QStringLiteral("no account has the ID \"%1\" (outside the trash)").arg(accountId));
        return std::nullopt;
    }
    return rid.toLongLong();
}

QString SsoService::newTxtRecord()
{
    return QStringLiteral("backoffice-domain-verification=") + QUuid::createUuid().toString(QUuid::Id128);
}

QList<SsoConfig> SsoService::list(const QString& accountId) const
{
    QList<SsoConfig> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.sid, s.type, s.enabled, s.saml_sign_in_url, s.saml_entity_id, "
                       "s.saml_certificate, s.oidc_issuer, s.oidc_client_id, s.oidc_client_secret "
                       "FROM sso_configs s JOIN accounts a ON a.rid = s.account WHERE a.id = :id ORDER BY s.sid"),
        {{QStringLiteral(":id"), accountId}});
    while (q.next()) {
        SsoConfig c;
        c.id = q.value(0).toLongLong();
        c.type = q.value(1).toString() == QLatin1String("oidc") ? SsoConfig::Type::Oidc : SsoConfig::Type::Saml;
        c.enabled = q.value(2).toBool();
        c.samlSignInUrl = q.value(3).toString();
        c.samlEntityId = q.value(4).toString();
        c.samlCertificate = q.value(5).toString();
        c.oidcIssuer = q.value(6).toString();
        c.oidcClientId = q.value(7).toString();
        c.oidcClientSecret = q.value(8).toString();
        QSqlQuery d = m_db.exec(
            QStringLiteral("SELECT domain, verified, txt_record FROM sso_domains WHERE sso = :s ORDER BY domain"),
            {{QStringLiteral(":s"), c.id}});
        while (d.next())
            c.domains.append({d.value(0).toString(), d.value(1).toBool(), d.value(2).toString()});
        QSqlQuery g =
            m_db.exec(QStringLiteral("SELECT group_name, role FROM sso_group_roles WHERE sso = :s ORDER BY group_name"),
                      {{QStringLiteral(":s"), c.id}});
        while (g.next())
            c.groupRoles.append({g.value(0).toString(), g.value(1).toString()});
        out.append(c);
    }
    return out;
}

void SsoService::writeChildren(qint64 configId, const SsoConfig& config)
{
    m_db.exec(QStringLiteral("DELETE FROM sso_domains WHERE sso = :s"), {{QStringLiteral(":s"), configId}});
    m_db.exec(QStringLiteral("DELETE FROM sso_group_roles WHERE sso = :s"), {{QStringLiteral(":s"), configId}});
    for (const SsoDomain& d : config.domains)
        m_db.exec(QStringLiteral("INSERT INTO sso_domains (sso, domain, verified, txt_record) VALUES (:s, :d, :v, :t)"),
                  {{QStringLiteral(":s"), configId},
                   {QStringLiteral(":d"), d.domain.toLower()},
                   {QStringLiteral(":v"), d.verified ? 1 : 0},
                   {QStringLiteral(":t"), d.txtRecord.isEmpty() ? newTxtRecord() : d.txtRecord}});
    for (const auto& [group, role] : config.groupRoles) {
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM roles WHERE key = :k"), {{QStringLiteral(":k"), role}})
                 .isValid())
            throw StorageError(QStringLiteral("unknown role \"%1\" in the group mapping").arg(role));
        m_db.exec(
            QStringLiteral("INSERT INTO sso_group_roles (sso, group_name, role) VALUES (:s, :g, :r)"),
            {{QStringLiteral(":s"), configId}, {QStringLiteral(":g"), group.trimmed()}, {QStringLiteral(":r"), role}});
    }
}

std::optional<SsoConfig> SsoService::find(const QString& accountId, qint64 configId) const
{
    for (const SsoConfig& c : list(accountId)) {
        if (c.id == configId)
            return c;
    }
    return std::nullopt;
}

void SsoService::writeFields(qint64 configId, const SsoConfig& config)
{
    m_db.exec(
        QStringLiteral("UPDATE sso_configs SET type = :t, enabled = :e, saml_sign_in_url = :u, saml_entity_id = :en, "
                       "saml_certificate = :c, oidc_issuer = :i, oidc_client_id = :ci, oidc_client_secret = :cs "
                       "WHERE sid = :id"),
        {{QStringLiteral(":id"), configId},
         {QStringLiteral(":t"), config.typeKey()},
         {QStringLiteral(":e"), config.enabled ? 1 : 0},
         {QStringLiteral(":u"), config.samlSignInUrl.trimmed()},
         {QStringLiteral(":en"), config.samlEntityId.trimmed()},
         {QStringLiteral(":c"), config.samlCertificate.trimmed()},
         {QStringLiteral(":i"), config.oidcIssuer.trimmed()},
         {QStringLiteral(":ci"), config.oidcClientId.trimmed()},
         {QStringLiteral(":cs"), config.oidcClientSecret}});
    writeChildren(configId, config);
}

std::optional<qint64> SsoService::add(const QString& accountId, const SsoConfig& config)
{
    m_error.clear();
    const QString reason = config.validate();
    if (!reason.isEmpty()) {
        fail(reason);
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = m_db.transact(&m_error, [&] {
        const std::optional<qint64> rid = accountRow(accountId);
        if (!rid)
            return false;
        id = m_db.exec(QStringLiteral("INSERT INTO sso_configs (account, type) VALUES (:a, :t)"),
                       {{QStringLiteral(":a"), *rid}, {QStringLiteral(":t"), config.typeKey()}})
                 .lastInsertId()
                 .toLongLong();
        writeFields(id, config);
        AuditLog::record(m_db, {QStringLiteral("sso.add"), QStringLiteral("sso"), QString::number(id), accountId,
                                QJsonValue(), find(accountId, id)->toJson()});
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool SsoService::update(const QString& accountId, const SsoConfig& input)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        if (!accountRow(accountId))
            return false;
        const std::optional<SsoConfig> before = find(accountId, input.id);
        if (!before)
            return fail(QStringLiteral("the account has no SSO configuration %1").arg(input.id));
        SsoConfig config = input;
        if (config.oidcClientSecret.isEmpty())
            config.oidcClientSecret = before->oidcClientSecret;
        const QString reason = config.validate();
        if (!reason.isEmpty())
            return fail(reason);
        writeFields(config.id, config);
        AuditLog::record(m_db, {QStringLiteral("sso.update"), QStringLiteral("sso"), QString::number(config.id),
                                accountId, before->toJson(), find(accountId, config.id)->toJson()});
        return true;
    });
}

bool SsoService::setEnabled(const QString& accountId, qint64 configId, bool enabled)
{
    std::optional<SsoConfig> config = find(accountId, configId);
    if (!config)
        return fail(QStringLiteral("the account has no SSO configuration %1").arg(configId));
    config->enabled = enabled;
    return update(accountId, *config);
}

bool SsoService::remove(const QString& accountId, qint64 configId)
{
    m_error.clear();
    return m_db.transact(&m_error, [&] {
        if (!accountRow(accountId))
            return false;
        const std::optional<SsoConfig> before = find(accountId, configId);
        if (!before)
            return fail(QStringLiteral("the account has no SSO configuration %1").arg(configId));
        m_db.exec(QStringLiteral("DELETE FROM sso_configs WHERE sid = :id"), {{QStringLiteral(":id"), configId}});
        AuditLog::record(m_db, {QStringLiteral("sso.remove"), QStringLiteral("sso"), QString::number(configId),
                                accountId, before->toJson(), QJsonValue()});
        return true;
    });
}

std::optional<SamlMetadata> SsoService::parseSamlMetadata(const QByteArray& xml, QString* error)
{
    QXmlStreamReader reader(xml);
    SamlMetadata meta;
    bool inIdp = false;
    bool inSigningKey = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == QLatin1String("EntityDescriptor") && meta.entityId.isEmpty()) {
                meta.entityId = attributes.value(QLatin1String("entityID")).toString();
            } else if (name == QLatin1String("IDPSSODescriptor")) {
                inIdp = true;
            } else if (name == QLatin1String("KeyDescriptor") && inIdp) {
                const QStringView use = attributes.value(QLatin1String("use"));
                inSigningKey = use.isEmpty() || use == QLatin1String("signing");
            } else if (name == QLatin1String("X509Certificate") && inSigningKey && meta.certificatePem.isEmpty()) {
                QString base64 = reader.readElementText().simplified().remove(QLatin1Char(' '));
                QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\n");
                for (qsizetype i = 0; i < base64.size(); i += 64)
                    pem += base64.mid(i, 64) + QLatin1Char('\n');
                meta.certificatePem = pem + QStringLiteral("-----END CERTIFICATE-----\n");
            } else if (name == QLatin1String("SingleSignOnService") && inIdp) {
                const QString binding = attributes.value(QLatin1String("Binding")).toString();
                // Prefer HTTP-Redirect, else the first one.
                if (meta.signInUrl.isEmpty() || binding.endsWith(QLatin1String("HTTP-Redirect")))
                    meta.signInUrl = attributes.value(QLatin1String("Location")).toString();
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("IDPSSODescriptor"))
                inIdp = false;
            else if (reader.name() == QLatin1String("KeyDescriptor"))
                inSigningKey = false;
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("the metadata is not well-formed XML (line %1, column %2): %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (meta.entityId.isEmpty() || meta.signInUrl.isEmpty()) {
        *error =
            QStringLiteral("the metadata names no IdP entity ID or sign-in URL (IDPSSODescriptor/SingleSignOnService)");
        return std::nullopt;
    }
    return meta;
}
