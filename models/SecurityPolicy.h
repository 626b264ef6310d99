#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// An account's security policy (shared/spec/domain.md). The environment holds the defaults; an
// account may only make its policy stricter than them.
struct SecurityPolicy
{
    enum class Complexity
    {
        Easy,
        Medium,
        Hard,
        Custom
    };
    enum class Mfa
    {
        DontForce,
        ForceExceptSso,
        Force
    }; // in order of strictness

    Complexity complexity = Complexity::Easy;
    int customMinLength = 6; // Custom only: 6 to 128
    int history = 0;         // 0 (off) to 10
    int expirationDays = 0;  // 0 (never) or 1 to 365
    int lockout = 0;         // 0 (off) or 3 to 20 attempts
    Mfa mfa = Mfa::DontForce;
    bool allowMfa = true;

    int minLength() const; // what the complexity means in characters
    bool requiresCharacterClasses() const { return complexity == Complexity::Medium || complexity == Complexity::Hard; }

    QString validate() const;                                 // ranges; empty when good
    QStringList looserThan(const SecurityPolicy& base) const; // every way this is less strict than base
    static QString rules();                                   // the rule, for the dialog

    QJsonObject toJson() const;
    static std::optional<SecurityPolicy> fromJson(const QJsonObject& json, QString* error = nullptr);
    static QString complexityKey(Complexity c);
    static std::optional<Complexity> complexityFromKey(const QString& key);
    static QString mfaKey(Mfa m);
    static std::optional<Mfa> mfaFromKey(const QString& key);
    static QString complexityName(Complexity c);
    static QString mfaName(Mfa m);

    bool operator==(const SecurityPolicy& o) const { return toJson() == o.toJson(); }
};

// Reads and writes policies: the environment default, an account's own (or the default).
class PolicyService final
{
public:
    explicit PolicyService(Database& db);
    QString errorString() const { return m_error; }

    SecurityPolicy environmentDefault() const;
    SecurityPolicy effective(const QString& accountId, bool* inherited = nullptr) const;
    bool set(const QString& accountId, const SecurityPolicy& policy); // refused when looser than the default
    // The environment's default; refused, naming them, while some account's own policy would be
    // looser than it (change those first), so that accounts stay at least as strict.
    bool setDefault(const SecurityPolicy& policy);

private:
    Database& m_db;
    QString m_error;
};
