#include "ReloadWhenShown.h"

#include "Workspace.h"

#include <QEvent>
#include <QWidget>

ReloadWhenShown::ReloadWhenShown(QWidget* page, Workspace* workspace, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload))
{
    page->installEventFilter(this);
    connect(workspace, &Workspace::environmentChanged, this, &ReloadWhenShown::dataChanged);
    connect(workspace, &Workspace::dataChanged, this, &ReloadWhenShown::dataChanged);
}

void ReloadWhenShown::dataChanged()
{
    m_stale = true;
    if (m_page->isVisible()) {
        m_stale = false;
        m_reload();
    }
}

bool ReloadWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}
