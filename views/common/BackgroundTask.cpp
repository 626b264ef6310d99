#include "BackgroundTask.h"

#include "Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace BackgroundTask {

bool run(QWidget* parent, const QString& dataDir, Environment env, const QString& label, bool cancellable,
         const Work& work, QString* error)
{
    struct Result
    {
        bool ok = false;
        QString error;
    };
    auto progress = std::make_shared<Progress>();
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([dataDir, env, work, progress] {
        Result result;
        Database db; // a connection belongs to the thread that opened it
        if (!db.openEnvironment(dataDir, env)) {
            result.error = db.errorString();
            return result;
        }
        result.ok = work(db, *progress, &result.error);
        return result;
    }));

    QProgressDialog dialog(label, cancellable ? QStringLiteral("Cancel") : QString(), 0, cancellable ? 1000 : 0,
                           parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, [progress] { progress->cancelled = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (cancellable && progress->total > 0)
            dialog.setValue(static_cast<int>(progress->done * 1000 / progress->total));
    });
    poll.start(100);
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    dialog.close();
    const Result result = watcher.result();
    if (error)
        *error = result.error;
    return result.ok;
}

} // namespace BackgroundTask
