#pragma once

#include "Environment.h"

#include <QWidget>

class QLabel;

// The coloured strip under the toolbar that says which environment the user is in; Production
// is red and says that it holds real customers.
class EnvironmentStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentStrip(QWidget* parent = nullptr);
    void setEnvironment(Environment env, const QString& path);
    QString text() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* m_label;
    QLabel* m_path;
    QColor m_color;
};
