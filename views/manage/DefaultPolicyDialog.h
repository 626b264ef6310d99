#pragma once

#include <QDialog>

class PolicyForm;
class QDialogButtonBox;
class QLabel;
class Workspace;

// The environment's default security policy: what accounts start from and may only tighten.
class DefaultPolicyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DefaultPolicyDialog(Workspace* workspace, QWidget* parent = nullptr);
    void accept() override;
    QString errorText() const;

private:
    Workspace* m_workspace;
    PolicyForm* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
