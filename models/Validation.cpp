#include "Validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Validation {

QString accountId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    if (id.isEmpty())
        return QStringLiteral("an account ID is required");
    if (id.size() > 128)
        return QStringLiteral("an account ID has at most 128 characters");
    if (!pattern.match(id).hasMatch())
        return QStringLiteral("an account ID may only hold letters, digits, '-', '_', '.' and ':'");
    return {};
}

QString accountName(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("a name is required");
    if (name.toUcs4().size() > 255)
        return QStringLiteral("a name has at most 255 characters");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("a name may not hold control characters");
    }
    return {};
}

QString email(const QString& email)
{
    // The WHATWG HTML "valid e-mail address" production.
    static const QRegularExpression pattern(
        QStringLiteral("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                       "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"));
    if (email.isEmpty())
        return QStringLiteral("an email is required");
    if (!pattern.match(email).hasMatch())
        return QStringLiteral("not a valid email address");
    return {};
}

QString domain(const QString& domain)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"));
    if (domain.isEmpty())
        return QStringLiteral("a domain is required");
    if (domain.size() > 253 || !pattern.match(domain).hasMatch())
        return QStringLiteral("not a valid domain name (letters, digits and '-' in dot-separated labels)");
    return {};
}

QString roleKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (!pattern.match(key).hasMatch())
        return QStringLiteral("a role key has 1 to 64 lower-case letters, digits, '-', '_' or '.'");
    return {};
}

QString metadata(const QString& json, QString* normalized)
{
    const QByteArray utf8 = json.toUtf8();
    if (utf8.size() > MaxMetadataBytes)
        return QStringLiteral("metadata is larger than 64 KiB");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
    if (!doc.isObject())
        return QStringLiteral("metadata must be a JSON object");
    if (normalized)
        *normalized = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return {};
}

QString domainOfEmail(const QString& email)
{
    return email.mid(email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
}

} // namespace Validation
