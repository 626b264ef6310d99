#pragma once

#include "SsoService.h"

#include <QDialog>

class Database;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Adds or edits one SAML or OIDC configuration: domains with their verification state and TXT
// record, the IdP settings (SAML filled by hand or from metadata XML, with the certificate's
// subject and expiry), the OIDC client (secret never shown), and the group-to-role mapping.
class SsoConfigDialog final : public QDialog
{
    Q_OBJECT

public:
    SsoConfigDialog(const Database& db, const SsoConfig& config, QWidget* parent = nullptr);

    SsoConfig config() const;
    bool importMetadata(const QString& path); // fills the SAML fields from an IdP's metadata XML
    QString certificateSummary() const;

private:
    void addDomainRow(const SsoDomain& domain);
    void addGroupRow(const QString& group, const QString& role);
    void validate();
    void describeCertificate();

    SsoConfig m_original;
    QStringList m_roleKeys;
    QCheckBox* m_enabled;
    QTableWidget* m_domains;
    QGroupBox* m_samlBox;
    QLineEdit* m_signInUrl;
    QLineEdit* m_entityId;
    QPlainTextEdit* m_certificate;
    QLabel* m_certificateInfo;
    QGroupBox* m_oidcBox;
    QLineEdit* m_issuer;
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QTableWidget* m_groups;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
