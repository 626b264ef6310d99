#pragma once

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class RoleChecklist;

// Adds a member (an email, which need not belong to a user yet, and one or more roles), or
// changes a member's roles when opened with an email.
class MemberDialog final : public QDialog
{
    Q_OBJECT

public:
    MemberDialog(const Database& db, const QString& email, const QStringList& roles, QWidget* parent = nullptr);

    QString email() const;
    QStringList roles() const;

private:
    void validate();

    QLineEdit* m_email;
    RoleChecklist* m_roles;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
