#include "Clock.h"

#include <QDateTime>

#include <atomic>
#include <limits>

namespace {
constexpr qint64 NotFixed = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_fixed{NotFixed};
} // namespace

namespace Clock {

qint64 now()
{
    const qint64 fixed = g_fixed.load();
    return fixed == NotFixed ? QDateTime::currentMSecsSinceEpoch() : fixed;
}

void setFixed(qint64 msecs)
{
    g_fixed.store(msecs);
}

void reset()
{
    g_fixed.store(NotFixed);
}

bool isFixed()
{
    return g_fixed.load() != NotFixed;
}

} // namespace Clock
