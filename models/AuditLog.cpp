#include "AuditLog.h"

#include "Database.h"
#include <QDateTime>
#include <QSqlQuery>

#include "Instant.h"

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

QList<Stored> entries(const Database& db, const Filter& filter, int limit)
{
    QStringList where{QStringLiteral("1")};
    if (!filter.accountId.isEmpty())
        where << QStringLiteral("account_id = :account");
    if (!filter.action.isEmpty())
        where << QStringLiteral("substr(action, 1, length(:action)) = :action2");
    if (filter.from)
        where << QStringLiteral("at >= :from");
    if (filter.to)
        where << QStringLiteral("at <= :to");
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT seq, at, actor, action, target_kind, target, account_id, before, after "
                                  "FROM audit_log WHERE %1 ORDER BY seq DESC LIMIT :limit")
                       .arg(where.join(QStringLiteral(" AND "))));
    if (!filter.accountId.isEmpty())
        q.bindValue(QStringLiteral(":account"), filter.accountId);
    if (!filter.action.isEmpty()) {
        q.bindValue(QStringLiteral(":action"), filter.action);
        q.bindValue(QStringLiteral(":action2"), filter.action);
    }
    if (filter.from)
        q.bindValue(QStringLiteral(":from"), *filter.from);
    if (filter.to)
        q.bindValue(QStringLiteral(":to"), *filter.to);
    q.bindValue(QStringLiteral(":limit"), limit);
    Database::exec(q);
    QList<Stored> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString()});
    }
    return out;
}

QStringList csvHeader()
{
    return {QStringLiteral("at"),          QStringLiteral("actor"),  QStringLiteral("action"),
            QStringLiteral("target_kind"), QStringLiteral("target"), QStringLiteral("account_id"),
            QStringLiteral("before"),      QStringLiteral("after")};
}

QStringList csvRecord(const Stored& e)
{
    return {Instant::format(e.at), e.actor, e.action, e.targetKind, e.target, e.accountId, e.before, e.after};
}

} // namespace AuditLog
