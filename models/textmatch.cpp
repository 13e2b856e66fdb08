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
    const auto folded
        = [](char16_t c) -> char16_t { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; };
    for (const QChar c : part) {
        if (c.unicode() >= 0x80)
            return text.contains(part, Qt::CaseInsensitive);
    }
    // Most places are told apart by their first letter: only there is the rest compared.
    const char16_t first = folded(part.front().unicode());
    for (qsizetype start = 0; start + part.size() <= text.size(); ++start) {
        const char16_t c = text[start].unicode();
        if (c >= 0x80)
            return text.contains(part, Qt::CaseInsensitive);
        if (folded(c) != first)
            continue;
        qsizetype i = 1;
        for (; i < part.size(); ++i) {
            const char16_t next = text[start + i].unicode();
            if (next >= 0x80)
                return text.contains(part, Qt::CaseInsensitive);
            if (folded(next) != folded(part[i].unicode()))
                break;
        }
        if (i == part.size())
            return true;
    }
    return false;
}

} // namespace TextMatch
