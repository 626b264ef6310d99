#pragma once

#include <QMainWindow>

// The application window; the accounts-page issue fills it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString& dataDir, QWidget* parent = nullptr);

private:
    QString m_dataDir;
};
