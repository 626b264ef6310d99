#pragma once

#include <QString>
#include <QStringList>

class Database;

// Users and memberships as every writer (import, account management) creates them, so that the
// personal and excluded flags and the role rows are set in one place.
namespace Users {

// The user's id, creating the user (invited, with its domain flags) when the email is new.
qint64 ensure(const Database& db, const QString& email, qint64 createdAt, bool* created = nullptr);
// Replaces the roles of the member (account, user).
void setRoles(const Database& db, qint64 accountRowId, qint64 userId, const QStringList& roles);

} // namespace Users
