#pragma once

#include <QList>
#include <QStringList>

// The ordered schema migrations: entry N takes a file from user_version N to N + 1.
namespace Schema {
QList<QStringList> migrations();
}
