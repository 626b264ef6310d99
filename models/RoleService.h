#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

struct Role
{
    QString key;
    QString name;
    QString description;
    int level = 1; // 0 is the highest
    QStringList permissions;
    qint64 members = 0; // memberships holding it

    QJsonObject toJson() const;
};

// The environment's roles: list, add, edit, remove (not while in use) and the default role given
// to new members. Every change is audited in its transaction.
class RoleService final
{
public:
    explicit RoleService(Database& db);

    QString errorString() const { return m_error; }
    QList<Role> roles() const; // by level, then key
    std::optional<Role> find(const QString& key) const;
    QString defaultRole() const;

    bool add(const Role& role);
    bool update(const Role& role); // the key names the role; it never changes
    bool remove(const QString& key);
    bool setDefaultRole(const QString& key);
    // Gives every holder of `from` the role `to` instead (those who hold both keep `to`), so that
    // `from` can be deleted. Returns how many memberships changed, or -1 on failure.
    qint64 moveMembers(const QString& from, const QString& to);

    static QString validate(const Role& role); // empty when good

private:
    static Role normalized(Role role);
    bool fail(const QString& message);

    Database& m_db;
    QString m_error;
};
