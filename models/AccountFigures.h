#pragma once

#include <QtGlobal>

class Database;

// Keeps the derived per-account figures of shared/spec/metrics.md (users, daily_visits,
// last_visit, primary user, company) and the account_days and daily_active tables current;
// accounts in the trash keep no account_days. Writers add the rowids they
// changed to the temporary table `touched_accounts`, then call refresh() in the same
// transaction; the work is proportional to the touched accounts, never to the whole table.
namespace AccountFigures {

void prepare(const Database& db);                    // creates/empties temp.touched_accounts
void touch(const Database& db, qint64 accountRowId); // marks one account
void refresh(const Database& db);                    // recomputes the touched accounts, then empties the set
// Re-evaluates users.excluded against the excluded domains, touching the accounts of users whose
// state changed. Returns how many users changed.
int reapplyExcludedDomains(const Database& db);
// Brings users.personal and accounts.company in line with the shipped personal-domain list when
// the database was last flagged with another version of it (or never). Runs in its own transaction.
void syncPersonalDomains(Database& db);

} // namespace AccountFigures
