#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class RoleChecklist;
class Workspace;

// A new account: name, ID (empty: a UUID; checked live against the rules and for uniqueness,
// with an offer to restore an ID that is in the trash), website, and the primary user's email
// with their roles.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(Workspace* workspace, QWidget* parent = nullptr);

    QString createdId() const { return m_createdId; }
    QString idStatus() const;
    void accept() override;

private:
    void validate();

    Workspace* m_workspace;
    QLineEdit* m_name;
    QLineEdit* m_id;
    QLabel* m_idStatus;
    QLineEdit* m_website;
    QLineEdit* m_email;
    RoleChecklist* m_roles;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_createdId;
};
