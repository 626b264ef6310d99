#pragma once

#include "SecurityPolicy.h"

#include <QObject>
#include <QStringList>

class QUndoStack;
class QWidget;
class Workspace;

// The account edits a user may regret (details, metadata, a member's roles, the security policy,
// delete and restore) as undoable commands on one QUndoStack. Each action runs the core service;
// on success it is pushed (so Undo/Redo replay it) and every view reloads.
class AccountActions final : public QObject
{
    Q_OBJECT

public:
    AccountActions(Workspace* workspace, QUndoStack* stack, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    QString errorString() const { return m_error; }

    bool editDetails(const QString& id, const QString& name, const QString& website);
    bool setMetadata(const QString& id, const QString& json);
    bool setMemberRoles(const QString& id, const QString& email, const QStringList& roles);
    bool setPolicy(const QString& id, const SecurityPolicy& policy);
    bool moveToTrash(const QString& id);
    bool restore(const QString& id);

    // Asks, the way the environment needs (typing the name in Production), then moves to the trash.
    bool confirmAndDelete(QWidget* parent, const QString& id);

private:
    Workspace* m_workspace;
    QUndoStack* m_stack;
    QString m_error;
};
