#include "AccountActions.h"

#include "AccountService.h"
#include "Dialogs.h"
#include "Workspace.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace {

// A command whose first redo() already happened when the action succeeded; later undo/redo
// replay the core calls and report a failure (the data may have changed since) to the user.
class ActionCommand final : public QUndoCommand
{
public:
    using Step = std::function<bool(QString* error)>;

    ActionCommand(const QString& text, Workspace* workspace, Step redo, Step undo)
        : QUndoCommand(text)
        , m_workspace(workspace)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {}

    void redo() override
    {
        if (m_done) {
            m_done = false; // the action itself was the first redo
            return;
        }
        run(m_redo, QStringLiteral("Redo"));
    }

    void undo() override { run(m_undo, QStringLiteral("Undo")); }

private:
    void run(const Step& step, const QString& what)
    {
        QString error;
        if (!step(&error))
            Dialogs::warning(nullptr, what, QStringLiteral("%1 “%2” failed: %3").arg(what, text(), error));
        m_workspace->notifyDataChanged();
    }

    Workspace* m_workspace;
    Step m_redo;
    Step m_undo;
    bool m_done = true;
};

// Moves an account to the trash (true) or back (false); the undo step of the other.
ActionCommand::Step trashStep(Workspace* workspace, const QString& id, bool toTrash)
{
    return [workspace, id, toTrash](QString* error) {
        AccountService s(workspace->database());
        const bool ok = toTrash ? s.moveToTrash(id) : s.restore(id);
        *error = s.errorString();
        return ok;
    };
}

} // namespace

AccountActions::AccountActions(Workspace* workspace, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(stack)
{
    // Commands refer to one environment's database.
    connect(workspace, &Workspace::environmentChanged, stack, &QUndoStack::clear);
}

bool AccountActions::editDetails(const QString& id, const QString& name, const QString& website)
{
    AccountService service(m_workspace->database());
    const std::optional<AccountDetails> before = service.find(id);
    if (!before || !service.updateDetails(id, name, website)) {
        m_error = before ? service.errorString() : QStringLiteral("no account has the ID \"%1\"").arg(id);
        return false;
    }
    Workspace* ws = m_workspace;
    const auto set = [ws, id](const QString& n, const QString& w) {
        return [ws, id, n, w](QString* error) {
            AccountService s(ws->database());
            const bool ok = s.updateDetails(id, n, w);
            *error = s.errorString();
            return ok;
        };
    };
    m_stack->push(new ActionCommand(QStringLiteral("Edit details of %1").arg(id), ws, set(name, website),
                                    set(before->name, before->website)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::setMetadata(const QString& id, const QString& json)
{
    AccountService service(m_workspace->database());
    const std::optional<AccountDetails> before = service.find(id);
    if (!before || !service.setMetadata(id, json)) {
        m_error = before ? service.errorString() : QStringLiteral("no account has the ID \"%1\"").arg(id);
        return false;
    }
    const QString after = service.find(id)->metadata;
    Workspace* ws = m_workspace;
    const auto set = [ws, id](const QString& value) {
        return [ws, id, value](QString* error) {
            AccountService s(ws->database());
            const bool ok = s.setMetadata(id, value);
            *error = s.errorString();
            return ok;
        };
    };
    m_stack->push(
        new ActionCommand(QStringLiteral("Edit metadata of %1").arg(id), ws, set(after), set(before->metadata)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::setMemberRoles(const QString& id, const QString& email, const QStringList& roles)
{
    AccountService service(m_workspace->database());
    const QStringList before = service.member(id, email).value_or(Member()).roles;
    if (!service.setMemberRoles(id, email, roles)) {
        m_error = service.errorString();
        return false;
    }
    Workspace* ws = m_workspace;
    const auto set = [ws, id, email](const QStringList& value) {
        return [ws, id, email, value](QString* error) {
            AccountService s(ws->database());
            const bool ok = s.setMemberRoles(id, email, value);
            *error = s.errorString();
            return ok;
        };
    };
    m_stack->push(new ActionCommand(QStringLiteral("Change roles of %1").arg(email), ws, set(roles), set(before)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::setPolicy(const QString& id, const SecurityPolicy& policy)
{
    PolicyService service(m_workspace->database());
    const SecurityPolicy before = service.effective(id);
    if (!service.set(id, policy)) {
        m_error = service.errorString();
        return false;
    }
    Workspace* ws = m_workspace;
    const auto set = [ws, id](const SecurityPolicy& value) {
        return [ws, id, value](QString* error) {
            PolicyService s(ws->database());
            const bool ok = s.set(id, value);
            *error = s.errorString();
            return ok;
        };
    };
    m_stack->push(
        new ActionCommand(QStringLiteral("Change the security policy of %1").arg(id), ws, set(policy), set(before)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::moveToTrash(const QString& id)
{
    AccountService service(m_workspace->database());
    if (!service.moveToTrash(id)) {
        m_error = service.errorString();
        return false;
    }
    m_stack->push(new ActionCommand(QStringLiteral("Delete %1").arg(id), m_workspace, trashStep(m_workspace, id, true),
                                    trashStep(m_workspace, id, false)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::restore(const QString& id)
{
    AccountService service(m_workspace->database());
    if (!service.restore(id)) {
        m_error = service.errorString();
        return false;
    }
    m_stack->push(new ActionCommand(QStringLiteral("Restore %1").arg(id), m_workspace,
                                    trashStep(m_workspace, id, false), trashStep(m_workspace, id, true)));
    m_workspace->notifyDataChanged();
    return true;
}

bool AccountActions::confirmAndDelete(QWidget* parent, const QString& id)
{
    const std::optional<AccountDetails> account = AccountService(m_workspace->database()).find(id);
    if (!account || account->inTrash())
        return false;
    const QString what = QStringLiteral("“%1” (%2)").arg(account->name, account->id);
    if (m_workspace->environment() == Environment::Production) {
        const QString typed = Dialogs::textInput(
            parent, QStringLiteral("Delete from Production"),
            QStringLiteral(
                "This moves %1 to the trash in Production: it leaves every figure and list until restored.\n\n"
                "Type the account's name to confirm:")
                .arg(what));
        if (typed.isNull())
            return false;
        if (typed.trimmed() != account->name) {
            Dialogs::warning(parent, QStringLiteral("Not deleted"),
                             QStringLiteral("The name typed does not match; %1 was not deleted.").arg(what));
            return false;
        }
    } else if (Dialogs::question(
                   parent, QStringLiteral("Delete account"),
                   QStringLiteral("Move %1 to the trash?\n\nIt can be restored from the Trash with all it "
                                  "had, or undone with Ctrl+Z.")
                       .arg(what),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    if (!moveToTrash(id)) {
        Dialogs::warning(parent, QStringLiteral("Not deleted"), m_error);
        return false;
    }
    return true;
}
