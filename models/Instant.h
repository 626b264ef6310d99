#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// UTC instants as milliseconds since the epoch, read and written as shared/spec/metrics.md defines.
namespace Instant {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// ISO 8601 with `Z` or an offset, with or without seconds or fractions, or a bare date
// (midnight UTC). An instant without a zone is UTC. Anything else gives nullopt.
std::optional<qint64> parse(const QString& text);

// `YYYY-MM-DDTHH:MM:SSZ`, the fraction of a second dropped.
QString format(qint64 msecs);

// The UTC calendar day (days since 1970-01-01) that holds the instant.
qint64 dayOf(qint64 msecs);

} // namespace Instant

namespace Instant {

// "3 days ago", "in 2 hours", "just now", relative to `now`.
QString relative(qint64 msecs, qint64 now);
// The instant in the user's locale and time zone, short format.
QString localDisplay(qint64 msecs);
// The tooltip of a shown instant: relative, then the exact UTC instant.
QString tooltip(qint64 msecs, qint64 now);

} // namespace Instant
