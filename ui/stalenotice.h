#pragma once

#include <QLabel>

// Above the jobs, that they are kept from before (offline, or the server failing) and so may not
// be current. The window says what; this is how it looks: a band across the table, plain text.
class StaleNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleNotice)

public:
    explicit StaleNotice(QWidget *parent = nullptr);
};
