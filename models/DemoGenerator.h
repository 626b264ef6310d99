#pragma once

#include "Importer.h"

class Database;

// Realistic generated data for `backoffice-cli demo` and the GUI's demo environment: company and
// personal domains, testing users, roles, metadata and a year of logins up to T. The same seed
// and T give the same data.
namespace DemoGenerator {

constexpr int DefaultAccounts = 250;
constexpr quint64 DefaultSeed = 42;

ImportData generate(int accounts, quint64 seed, qint64 now);
// Fills an environment that has no account yet with the default demo data (the GUI's --demo).
bool fillIfEmpty(Database& db, qint64 now, QString* error);

} // namespace DemoGenerator
