#pragma once

#include <QtGlobal>

// The instant T of shared/spec/metrics.md: the current time unless fixed by `--now` or
// BACKOFFICE_NOW, so that figures, tests and screenshots are reproducible.
namespace Clock {

qint64 now();
void setFixed(qint64 msecs);
void reset();
bool isFixed();

} // namespace Clock
