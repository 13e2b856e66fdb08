#pragma once

#include <QStyledItemDelegate>

struct InsightsRow;

// Draws an Insights row's runs and failures by day as bars, with QPainter alone: one bar a day,
// as high as its runs, its failed part in the failure colour below. Coordinates are logical, so
// the painter's device pixel ratio keeps it sharp at 2×; colours come from the palette (the
// failure colour is chosen to read on a light or a dark base). The numbers are in the model's
// AccessibleTextRole and tool tip.
class TrendChartDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChartDelegate)

public:
    explicit TrendChartDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Which day's bar `x` (in the cell's coordinates, `cell` wide) is over, for `days` days.
    static int dayAt(int x, int cellWidth, int days);
    // Red that reads on `base`: darker on a light base, lighter on a dark one.
    static QColor failureColor(const QColor &base);

private:
    void paintBars(QPainter *painter, const QRect &area, const InsightsRow &row,
                   const QPalette &palette, bool selected) const;
};
