#pragma once

#include <QString>

// The value rules of shared/spec/cli.md and domain.md. Each check returns an empty string when the
// value is good, else the reason, written to follow the value in a message.
namespace Validation {

QString accountId(const QString& id);
QString accountName(const QString& name); // expects the trimmed name
QString email(const QString& email);
QString domain(const QString& domain); // expects lower case
QString roleKey(const QString& key);
QString metadata(const QString& json, QString* normalized = nullptr);

constexpr int MaxMetadataBytes = 64 * 1024;

QString domainOfEmail(const QString& email); // the part after the last '@', lower case

} // namespace Validation
