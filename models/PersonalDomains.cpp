#include "PersonalDomains.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

const PersonalDomains& PersonalDomains::instance()
{
    static const PersonalDomains domains;
    return domains;
}

PersonalDomains::PersonalDomains()
{
    initCoreResources();
    QFile file(QStringLiteral(":/data/free-email-domains.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The personal domain list is missing from the resources");
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
    m_domains.reserve(list.size());
    for (const QJsonValue& v : list)
        m_domains.insert(v.toString().toLower());
}

bool PersonalDomains::contains(const QString& domain) const
{
    return m_domains.contains(domain.toLower());
}
