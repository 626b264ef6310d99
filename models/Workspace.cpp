#include "Workspace.h"

Workspace::Workspace(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{}

bool Workspace::open(Environment env)
{
    Database candidate;
    if (!candidate.openEnvironment(m_dataDir, env)) {
        m_error = candidate.errorString();
        return false;
    }
    candidate.close();
    if (!m_db.openEnvironment(m_dataDir, env)) {
        m_error = m_db.errorString();
        return false;
    }
    m_env = env;
    emit environmentChanged(env);
    return true;
}

void Workspace::notifyDataChanged()
{
    emit dataChanged();
}
