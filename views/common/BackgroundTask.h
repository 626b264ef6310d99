#pragma once

#include "Environment.h"

#include <QString>

#include <atomic>
#include <functional>

class Database;
class QWidget;

// Runs one write on a worker thread, on its own connection to the environment's file, behind a
// modal progress dialog, and returns when it is done: imports and changes that touch a large part
// of the data (an excluded domain covering a quarter of the users) never freeze the window.
namespace BackgroundTask {

// Shared with the worker: how far it is (bytes, rows...) and whether the user cancelled.
struct Progress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
};

using Work = std::function<bool(Database& db, Progress& progress, QString* error)>;

// `cancellable`: the dialog has a Cancel button that sets progress.cancelled; else it is a busy
// indicator. Returns what `work` returned (false with `error` when the file could not be opened).
bool run(QWidget* parent, const QString& dataDir, Environment env, const QString& label, bool cancellable,
         const Work& work, QString* error);

} // namespace BackgroundTask
