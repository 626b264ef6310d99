#include "EnvironmentStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

EnvironmentStrip::EnvironmentStrip(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_path(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_path, 1);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_path->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel* label : {m_label, m_path}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Qt::white);
        label->setPalette(p);
    }
}

void EnvironmentStrip::setEnvironment(Environment env, const QString& path)
{
    m_color = Environments::color(env);
    m_label->setText(env == Environment::Production
                         ? QStringLiteral("PRODUCTION · real customer data · destructive actions ask for confirmation")
                         : Environments::displayName(env).toUpper() + QStringLiteral(" · testing data"));
    m_label->setMinimumWidth(m_label->sizeHint().width());
    m_path->setText(path);
    setToolTip(QStringLiteral("Environment database: %1").arg(path));
    update();
}

QString EnvironmentStrip::text() const
{
    return m_label->text();
}

void EnvironmentStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_color);
}
