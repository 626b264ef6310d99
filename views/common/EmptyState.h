#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What a list shows when it has nothing: a title, a hint, and up to two actions.
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setContent(const QString& title, const QString& hint);
    QPushButton* primaryButton() const { return m_primary; }
    QPushButton* secondaryButton() const { return m_secondary; }
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_hint;
    QPushButton* m_primary;
    QPushButton* m_secondary;
};
