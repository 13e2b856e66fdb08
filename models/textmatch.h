#pragma once

#include <QStringView>

// Case-insensitive text comparison with ASCII folded inline: job fields are nearly always
// ASCII, and Qt's general case folding would cost most of a filter pass over many jobs.
// Anything beyond ASCII goes through Qt's full folding, so the answers are Qt's.
namespace TextMatch {
int compareInsensitive(QStringView a, QStringView b);
bool containsInsensitive(QStringView text, QStringView part);
} // namespace TextMatch
