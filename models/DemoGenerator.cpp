#include "DemoGenerator.h"

#include "Database.h"
#include "Instant.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <random>

namespace DemoGenerator {

namespace {

// A small deterministic generator; std::*_distribution differ between standard libraries.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    quint64 next() { return m_engine(); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    double unit() { return static_cast<double>(next() >> 11) / static_cast<double>(1ULL << 53); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

const QStringList Adjectives = {
    QStringLiteral("Northwind"),  QStringLiteral("Blue Harbor"), QStringLiteral("Bright"),
    QStringLiteral("Silverline"), QStringLiteral("Rapid"),       QStringLiteral("Quantum"),
    QStringLiteral("Evergreen"),  QStringLiteral("Redwood"),     QStringLiteral("Golden"),
    QStringLiteral("Ironclad"),   QStringLiteral("Clearwater"),  QStringLiteral("Swift"),
    QStringLiteral("Boldmark"),   QStringLiteral("Prime"),       QStringLiteral("Truenorth"),
    QStringLiteral("Nextwave"),   QStringLiteral("Open Field"),  QStringLiteral("Lumen"),
    QStringLiteral("Deepwell"),   QStringLiteral("Highland"),    QStringLiteral("Atlas"),
    QStringLiteral("Cobalt"),     QStringLiteral("Juniper"),     QStringLiteral("Orbit"),
};
const QStringList Nouns = {
    QStringLiteral("Analytics"), QStringLiteral("Logistics"), QStringLiteral("Health"),   QStringLiteral("Studio"),
    QStringLiteral("Labs"),      QStringLiteral("Systems"),   QStringLiteral("Foods"),    QStringLiteral("Energy"),
    QStringLiteral("Media"),     QStringLiteral("Capital"),   QStringLiteral("Robotics"), QStringLiteral("Design"),
    QStringLiteral("Cloud"),     QStringLiteral("Works"),     QStringLiteral("Ventures"), QStringLiteral("Partners"),
    QStringLiteral("Security"),  QStringLiteral("Travel"),    QStringLiteral("Learning"), QStringLiteral("Retail"),
};
const QStringList Suffixes = {QString(),
                              QString(),
                              QString(),
                              QStringLiteral(" Inc."),
                              QStringLiteral(" GmbH"),
                              QStringLiteral(" Ltd"),
                              QStringLiteral(" SAS"),
                              QStringLiteral(" Co.")};
const QStringList Tlds = {QStringLiteral("com"), QStringLiteral("io"),  QStringLiteral("co"), QStringLiteral("de"),
                          QStringLiteral("fr"),  QStringLiteral("net"), QStringLiteral("dev")};
const QStringList PersonalDomains = {QStringLiteral("gmail.com"),  QStringLiteral("outlook.com"),
                                     QStringLiteral("yahoo.com"),  QStringLiteral("hotmail.com"),
                                     QStringLiteral("icloud.com"), QStringLiteral("proton.me"),
                                     QStringLiteral("gmx.de"),     QStringLiteral("aol.com")};
// Internal testing users, hidden by excluding "backoffice-testing.com".
const QStringList TestingDomains = {QStringLiteral("qa.backoffice-testing.com"),
                                    QStringLiteral("staging.backoffice-testing.com")};
const QStringList FirstNames = {
    QStringLiteral("Ada"),   QStringLiteral("Grace"),   QStringLiteral("Alan"),   QStringLiteral("Linus"),
    QStringLiteral("Marie"), QStringLiteral("Hedy"),    QStringLiteral("Tim"),    QStringLiteral("Margaret"),
    QStringLiteral("Ken"),   QStringLiteral("Barbara"), QStringLiteral("Dennis"), QStringLiteral("Frances"),
    QStringLiteral("Yuki"),  QStringLiteral("Amara"),   QStringLiteral("Diego"),  QStringLiteral("Ingrid"),
    QStringLiteral("Omar"),  QStringLiteral("Priya"),   QStringLiteral("Chen"),   QStringLiteral("Zoe"),
    QStringLiteral("Lars"),  QStringLiteral("Fatima"),  QStringLiteral("Mateo"),  QStringLiteral("Sofia"),
};
const QStringList LastNames = {
    QStringLiteral("Lovelace"), QStringLiteral("Hopper"), QStringLiteral("Turing"),  QStringLiteral("Torvalds"),
    QStringLiteral("Curie"),    QStringLiteral("Lamarr"), QStringLiteral("Berners"), QStringLiteral("Hamilton"),
    QStringLiteral("Thompson"), QStringLiteral("Liskov"), QStringLiteral("Ritchie"), QStringLiteral("Allen"),
    QStringLiteral("Tanaka"),   QStringLiteral("Okafor"), QStringLiteral("Garcia"),  QStringLiteral("Larsen"),
    QStringLiteral("Haddad"),   QStringLiteral("Sharma"), QStringLiteral("Wang"),    QStringLiteral("Martin"),
};
const QStringList Plans = {QStringLiteral("free"), QStringLiteral("starter"), QStringLiteral("pro"),
                           QStringLiteral("pro"), QStringLiteral("enterprise")};
const QStringList Regions = {QStringLiteral("eu-west-1"), QStringLiteral("us-east-1"), QStringLiteral("ap-south-1")};
const QStringList MemberRoles = {QStringLiteral("read-only"), QStringLiteral("read-only"), QStringLiteral("editor"),
                                 QStringLiteral("billing"), QStringLiteral("admin")};

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty())
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

ImportData generate(int accounts, quint64 seed, qint64 now)
{
    Random rnd(seed);
    ImportData data;
    data.roles = {
        {QStringLiteral("editor"),
         QStringLiteral("Editor"),
         QStringLiteral("Can change content but not billing or users"),
         1,
         {QStringLiteral("read"), QStringLiteral("write")}},
        {QStringLiteral("billing"),
         QStringLiteral("Billing"),
         QStringLiteral("Manages invoices and payment methods"),
         1,
         {QStringLiteral("read"), QStringLiteral("billing")}},
    };

    QSet<QString> ids, emails;
    const qint64 day = Instant::DayMs;
    for (int i = 0; i < accounts; ++i) {
        const QString base = rnd.pick(Adjectives) + QLatin1Char(' ') + rnd.pick(Nouns);
        QString name = base;
        QString id = slug(base);
        for (int n = 2; ids.contains(id); ++n) {
            name = base + QStringLiteral(" %1").arg(n);
            id = slug(base) + QStringLiteral("-%1").arg(n);
        }
        ids.insert(id);
        name += rnd.pick(Suffixes);
        const QString companyDomain = QString(id).remove(QLatin1Char('-')) + QLatin1Char('.') + rnd.pick(Tlds);

        // More accounts were created recently than long ago.
        const qint64 ageDays = static_cast<qint64>(730.0 * std::pow(rnd.unit(), 1.6));
        const qint64 created = now - ageDays * day - rnd.below(86400) * 1000LL;
        AccountRecord account;
        account.id = id;
        account.name = name;
        account.createdAt = created;
        account.metadata = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("plan"), rnd.pick(Plans)},
                                      {QStringLiteral("seats"), 5 + rnd.below(200)},
                                      {QStringLiteral("region"), rnd.pick(Regions)},
                                      {QStringLiteral("crm_id"), QStringLiteral("CRM-%1").arg(10000 + i)}})
                .toJson(QJsonDocument::Compact));
        data.accounts.append(account);

        const bool soloPersonal = rnd.chance(0.25);
        const int members = soloPersonal ? 1 + rnd.below(2) : 1 + static_cast<int>(12.0 * std::pow(rnd.unit(), 2.2));
        // Some accounts stopped using the product some time ago.
        const qint64 churnedDaysAgo = rnd.chance(0.2) ? 20 + rnd.below(300) : 0;
        for (int m = 0; m < members; ++m) {
            const QString first = rnd.pick(FirstNames);
            const QString last = rnd.pick(LastNames);
            QString domain = companyDomain;
            if (soloPersonal || rnd.chance(0.08))
                domain = rnd.pick(PersonalDomains);
            if (m > 0 && rnd.chance(0.07))
                domain = rnd.pick(TestingDomains);
            QString local = first.toLower() + QLatin1Char('.') + last.toLower();
            QString email = local + QLatin1Char('@') + domain;
            while (emails.contains(email))
                email = local + QString::number(rnd.below(1000)) + QLatin1Char('@') + domain;
            emails.insert(email);

            const qint64 joined = m == 0 ? created : created + static_cast<qint64>(rnd.unit() * (now - created));
            UserRecord user;
            user.email = email;
            user.name = first + QLatin1Char(' ') + last;
            user.createdAt = joined;
            data.users.append(user);

            MembershipRecord membership;
            membership.accountId = id;
            membership.email = email;
            membership.joinedAt = joined;
            membership.primary = m == 0;
            membership.roles = {m == 0 ? QStringLiteral("admin") : rnd.pick(MemberRoles)};
            data.memberships.append(membership);

            if (m > 0 && rnd.chance(0.1))
                continue; // invited, never logged in
            static const QList<double> Propensity = {0.7, 0.45, 0.2, 0.08, 0.02};
            const double p = rnd.pick(Propensity);
            const qint64 start = std::max(joined, now - 365 * day);
            const qint64 end = now - churnedDaysAgo * day;
            for (qint64 d = Instant::dayOf(start); d <= Instant::dayOf(end); ++d) {
                const bool weekend = (d + 4) % 7 >= 5; // 1970-01-01 was a Thursday
                if (!rnd.chance(weekend ? p * 0.25 : p))
                    continue;
                const int sessions = rnd.chance(0.3) ? 2 : 1;
                for (int s = 0; s < sessions; ++s) {
                    const qint64 at = d * day + (7 * 3600 + rnd.below(13 * 3600)) * 1000LL;
                    if (at < joined || at > now)
                        continue;
                    data.logins.append({ImportOrigin{}, id, email, at});
                }
            }
        }
    }
    return data;
}

bool fillIfEmpty(Database& db, qint64 now, QString* error)
{
    try {
        if (db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")).toBool())
            return true;
    } catch (const StorageError& e) {
        *error = e.message();
        return false;
    }
    Importer importer(db);
    if (!importer.importData(generate(DefaultAccounts, DefaultSeed, now), QStringLiteral("demo"))) {
        *error = importer.errors().join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace DemoGenerator
