#pragma once

#include <QWidget>

class AccountActions;
class QLabel;
class QLineEdit;
class QPushButton;
struct AccountDetails;

// Edit an account's name and website, validated as the user types; saving is undoable.
class DetailsTab final : public QWidget
{
    Q_OBJECT

public:
    DetailsTab(AccountActions* actions, QWidget* parent = nullptr);
    void setAccount(const AccountDetails& account);

private:
    void validate();
    void save();

    AccountActions* m_actions;
    QString m_id;
    QLineEdit* m_name;
    QLineEdit* m_website;
    QLabel* m_error;
    QPushButton* m_save;
};
