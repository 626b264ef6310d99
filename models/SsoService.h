#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class Database;

struct SsoDomain
{
    QString domain;
    bool verified = false;
    QString txtRecord; // the DNS TXT value to publish
};

// One SSO configuration of an account (shared/spec/domain.md).
struct SsoConfig
{
    enum class Type
    {
        Saml,
        Oidc
    };

    qint64 id = 0;
    Type type = Type::Saml;
    bool enabled = true;
    QList<SsoDomain> domains;
    QString samlSignInUrl;
    QString samlEntityId;
    QString samlCertificate; // PEM
    QString oidcIssuer;
    QString oidcClientId;
    QString oidcClientSecret;
    QList<QPair<QString, QString>> groupRoles; // IdP group -> role key

    QString validate() const;
    QString typeKey() const { return type == Type::Saml ? QStringLiteral("saml") : QStringLiteral("oidc"); }
    // The secret never appears in full: only its last 4 characters.
    static QString maskedSecret(const QString& secret);
    QJsonObject toJson() const; // secret masked
};

// What an IdP's SAML metadata XML says, for filling a SAML configuration.
struct SamlMetadata
{
    QString entityId;
    QString signInUrl;
    QString certificatePem;
};

// The SSO configurations of accounts: list, add, edit, enable/disable, remove; audited.
class SsoService final
{
public:
    explicit SsoService(Database& db);
    QString errorString() const { return m_error; }

    QList<SsoConfig> list(const QString& accountId) const;
    std::optional<qint64> add(const QString& accountId, const SsoConfig& config);
    bool update(const QString& accountId, const SsoConfig& config); // an empty secret keeps the stored one
    bool setEnabled(const QString& accountId, qint64 configId, bool enabled);
    bool remove(const QString& accountId, qint64 configId);

    static QString newTxtRecord();
    static std::optional<SamlMetadata> parseSamlMetadata(const QByteArray& xml, QString* error);

private:
    bool fail(const QString& message);
    std::optional<qint64> accountRow(const QString& accountId);
    std::optional<SsoConfig> find(const QString& accountId, qint64 configId) const;
    void writeFields(qint64 configId, const SsoConfig& config); // the row and its domains and groups
    void writeChildren(qint64 configId, const SsoConfig& config);

    Database& m_db;
    QString m_error;
};
