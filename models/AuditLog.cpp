#include "AuditLog.h"

#include "Database.h"
#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace AuditLog {

static QVariant toText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap and strip, so that strings keep their JSON quoting.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void record(const Database& db, const Entry& entry)
{
    db.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, target_kind, target, account_id, before, after) "
                           "VALUES (:at, :actor, :action, :kind, :target, :account, :before, :after)"),
            {{QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch()},
             {QStringLiteral(":actor"), currentActor()},
             {QStringLiteral(":action"), entry.action},
             {QStringLiteral(":kind"), entry.targetKind},
             {QStringLiteral(":target"), entry.target},
             {QStringLiteral(":account"),
              entry.accountId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.accountId)},
             {QStringLiteral(":before"), toText(entry.before)},
             {QStringLiteral(":after"), toText(entry.after)}});
}

} // namespace AuditLog
