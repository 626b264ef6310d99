#pragma once

#include "Database.h"
#include "Environment.h"

#include <QObject>

// The environment the user is looking at: its open database, and the signals that tell every
// model and page to reload when the environment switches or its data changes.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(const QString& dataDir, QObject* parent = nullptr);

    bool open(Environment env); // on failure the previous environment stays open
    QString errorString() const { return m_error; }
    bool isOpen() const { return m_db.isOpen(); }
    Environment environment() const { return m_env; }
    QString dataDir() const { return m_dataDir; }
    Database& database() { return m_db; }
    const Database& database() const { return m_db; }

    // Called after any write (import, excluded domains, edits): every view reloads.
    void notifyDataChanged();

signals:
    void environmentChanged(Environment env);
    void dataChanged();

private:
    QString m_dataDir;
    Environment m_env = Environment::Development;
    Database m_db;
    QString m_error;
};
