#pragma once

#include "Environment.h"
#include "Importer.h"

#include <functional>

class QWidget;

// Runs an import off the GUI thread, on its own database connection, behind a cancellable
// progress dialog; then shows what was added, updated and skipped, or every error.
namespace ImportRunner {

struct Outcome
{
    bool ok = false;
    ImportReport report;
    QStringList errors;
    int errorCount = 0;
};

using Job = std::function<bool(Importer& importer)>;

Outcome run(QWidget* parent, const QString& dataDir, Environment env, const QString& label, const Job& job);
void showOutcome(QWidget* parent, const QString& title, const Outcome& outcome);

} // namespace ImportRunner
