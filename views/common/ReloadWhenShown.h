#pragma once

#include <QObject>

#include <functional>

class QWidget;
class Workspace;

// Reloads a page when the environment or its data change if the page is on screen, else the next
// time it is shown: hidden pages cost nothing while the user works elsewhere.
class ReloadWhenShown final : public QObject
{
    Q_OBJECT

public:
    ReloadWhenShown(QWidget* page, Workspace* workspace, std::function<void()> reload);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void dataChanged();

    QWidget* m_page;
    std::function<void()> m_reload;
    bool m_stale = true;
};
