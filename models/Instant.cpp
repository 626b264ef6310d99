#include "Instant.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

namespace Instant {

// The canonical form `YYYY-MM-DDTHH:MM:SSZ`, read without a regular expression: it is what
// exports write and what large login files hold.
static std::optional<qint64> parseCanonical(const QString& t)
{
    if (t.size() != 20 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-') || t.at(10) != QLatin1Char('T') ||
        t.at(13) != QLatin1Char(':') || t.at(16) != QLatin1Char(':') || t.at(19) != QLatin1Char('Z'))
        return std::nullopt;
    const auto number = [&t](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int h = number(11, 2), m = number(14, 2), s = number(17, 2);
    if (!date.isValid() || h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
        return std::nullopt;
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch() + ((h * 60 + m) * 60 + s) * 1000LL;
}

std::optional<qint64> parse(const QString& text)
{
    if (const std::optional<qint64> fast = parseCanonical(text))
        return fast;
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;

    int hour = 0, minute = 0, second = 0, msec = 0;
    if (m.hasCaptured(4)) {
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        if (m.hasCaptured(6))
            second = m.captured(6).toInt();
        if (m.hasCaptured(7))
            msec = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return std::nullopt;

    qint64 offsetSecs = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(QLatin1String("z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int zh = digits.left(2).toInt();
        const int zm = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        if (zh > 23 || zm > 59)
            return std::nullopt;
        offsetSecs = (zh * 3600 + zm * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    const QDateTime utc(date, time, Qt::UTC);
    return utc.toMSecsSinceEpoch() - offsetSecs * 1000;
}

QString format(qint64 msecs)
{
    const qint64 secs = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

qint64 dayOf(qint64 msecs)
{
    return msecs >= 0 ? msecs / DayMs : -((-msecs + DayMs - 1) / DayMs);
}

} // namespace Instant

#include <QCoreApplication>
#include <QLocale>

namespace Instant {

QString relative(qint64 msecs, qint64 now)
{
    const qint64 delta = now - msecs;
    const bool future = delta < 0;
    const qint64 secs = (future ? -delta : delta) / 1000;
    if (secs < 60)
        return QStringLiteral("just now");
    struct Unit
    {
        qint64 secs;
        const char* name;
    };
    static const Unit units[] = {{365 * 86400, "year"}, {30 * 86400, "month"}, {7 * 86400, "week"},
                                 {86400, "day"},        {3600, "hour"},        {60, "minute"}};
    for (const Unit& u : units) {
        if (secs >= u.secs) {
            const qint64 n = secs / u.secs;
            const QString amount =
                QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(u.name), n == 1 ? QString() : QStringLiteral("s"));
            return future ? QStringLiteral("in ") + amount : amount + QStringLiteral(" ago");
        }
    }
    return QStringLiteral("just now");
}

QString localDisplay(qint64 msecs)
{
    // The locale's short form without seconds: lists stay narrow; the tooltip has the exact instant.
    static const QString format = [] {
        QString f = QLocale().dateTimeFormat(QLocale::ShortFormat);
        f.remove(QRegularExpression(QStringLiteral("[:.]ss")));
        return f;
    }();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime(), format);
}

QString tooltip(qint64 msecs, qint64 now)
{
    return QStringLiteral("%1\n%2 (UTC)").arg(relative(msecs, now), format(msecs));
}

} // namespace Instant
