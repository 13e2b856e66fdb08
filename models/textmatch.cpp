#include "textmatch.h"

namespace TextMatch {

int compareInsensitive(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.compare(b, Qt::CaseInsensitive);
        if (x >= 'A' && x <= 'Z')
            x += 'a' - 'A';
        if (y >= 'A' && y <= 'Z')
            y += 'a' - 'A';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool containsInsensitive(QStringView text, QStringView part)
{
    // Every text contains nothing; without this the loop below would read text[text.size()],
    // which for a null text is a null pointer.
    if (part.isEmpty())
        return true;
    for (qsizetype start = 0; start + part.size() <= text.size(); ++start) {
        if (text[start].unicode() >= 0x80)
            return text.contains(part, Qt::CaseInsensitive);
        if (compareInsensitive(text.mid(start, part.size()), part) == 0)
            return true;
    }
    return false;
}

} // namespace TextMatch
