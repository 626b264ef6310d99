#pragma once

#include <QString>
#include <QStringList>

class Database;

// The environment's excluded domains (shared/spec/metrics.md, "Who counts"). Changing the list
// re-evaluates which users are excluded and the figures of their accounts, in one transaction.
namespace ExcludedDomains {

QStringList list(const Database& db);
// Normalises user input ("@QA.Acme.io " -> "qa.acme.io"); returns an error message or empty.
QString normalize(const QString& input, QString* domain);
// Each returns false with `error` set and nothing changed when a domain is invalid (add) or
// not in the list (remove). `changed` receives the domains that were really added or removed.
bool add(Database& db, const QStringList& domains, QString* error, QStringList* changed = nullptr);
bool remove(Database& db, const QStringList& domains, QString* error, QStringList* changed = nullptr);

} // namespace ExcludedDomains
