#pragma once

#include <QJsonObject>
#include <QWidget>

class AccountActions;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Metadata as a key/value table and as raw JSON, kept in sync; validated (one JSON object of at
// most 64 KiB) with the offending line and column shown; saving is undoable.
class MetadataTab final : public QWidget
{
    Q_OBJECT

public:
    MetadataTab(AccountActions* actions, QWidget* parent = nullptr);
    void setAccount(const QString& id, const QString& metadata, bool inTrash);
    QString errorText() const;

private:
    void tableEdited();
    void jsonEdited();
    void fillTable(const QJsonObject& object);
    void save();

    AccountActions* m_actions;
    QString m_id;
    QTableWidget* m_table;
    QPlainTextEdit* m_json;
    QLabel* m_error;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QPushButton* m_save;
    bool m_syncing = false;
};
