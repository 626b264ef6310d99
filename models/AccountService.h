#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// One account as the single-account view and `accounts show` present it.
struct AccountDetails
{
    qint64 rowId = 0;
    QString id;
    QString name;
    QString website;
    QString metadata; // a compact JSON object
    qint64 createdAt = 0;
    std::optional<qint64> deletedAt;
    std::optional<qint64> lastVisit;
    qint64 dailyVisits = 0;
    qint64 users = 0;
    QString primaryEmail;

    bool inTrash() const { return deletedAt.has_value(); }
    QJsonObject toJson() const; // what the audit log and `--json` show
};

struct Member
{
    QString email;
    QString name;
    QStringList roles;
    qint64 joinedAt = 0;
    bool primary = false;
    bool excluded = false;
    std::optional<qint64> lastLogin; // into this account
    bool invited() const { return !lastLogin.has_value(); }
};

struct NewAccount
{
    QString id; // empty: a UUID is generated
    QString name;
    QString website;
    QString primaryEmail;     // optional: the creator, made the primary member
    QStringList primaryRoles; // default: admin
};

// Accounts, their members, metadata and the trash (shared/spec/domain.md). Every change is one
// transaction with its audit-log entry; bad input changes nothing and sets errorString().
class AccountService final
{
public:
    explicit AccountService(Database& db);

    QString errorString() const { return m_error; }

    std::optional<AccountDetails> find(const QString& id) const; // in the trash or not
    QList<AccountDetails> trash() const;                         // most recently deleted first
    QList<Member> members(const QString& id) const;
    std::optional<Member> member(const QString& id, const QString& email) const; // email in any case

    // Returns the new account's ID. An ID in the trash restores that account instead
    // (`restored` is set), as an import would.
    std::optional<QString> add(const NewAccount& account, bool* restored = nullptr);
    bool updateDetails(const QString& id, const QString& name, const QString& website);
    bool setMetadata(const QString& id, const QString& json);
    bool moveToTrash(const QString& id);
    bool restore(const QString& id);
    bool purge(const QString& id); // for good: the account and all it had

    bool addMember(const QString& id, const QString& email, const QStringList& roles);
    bool removeMember(const QString& id, const QString& email);
    bool setMemberRoles(const QString& id, const QString& email, const QStringList& roles);

    // Checks without writing: the reason an ID cannot be used for a new account, or empty.
    QString checkNewId(const QString& id) const;
    static QString checkWebsite(const QString& website);

private:
    bool fail(const QString& message);
    std::optional<AccountDetails> live(const QString& id); // not in the trash, else fails
    bool setInTrash(const QString& id, bool trash);
    QStringList checkedRoles(const QStringList& roles);
    void refresh(qint64 rowId);

    Database& m_db;
    QString m_error;
};
