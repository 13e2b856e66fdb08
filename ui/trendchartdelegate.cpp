#include "trendchartdelegate.h"

#include "insightstablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace {

constexpr int margin = 3;

const InsightsRow *insightsRowOf(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *model = qobject_cast<const InsightsTableModel *>(source.model());
    return model ? &model->rowAt(source.row()) : nullptr;
}

} // namespace

TrendChartDelegate::TrendChartDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

int TrendChartDelegate::dayAt(int x, int cellWidth, int days)
{
    const int width = cellWidth - 2 * margin;
    if (days <= 0 || width <= 0 || x < margin || x >= margin + width)
        return -1;
    return std::min(days - 1, (x - margin) * days / width);
}

QColor TrendChartDelegate::failureColor(const QColor &base)
{
    // The error icon's red on light; on dark, a lighter red that keeps its contrast.
    return base.lightnessF() < 0.5 ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

void TrendChartDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const InsightsRow *row = insightsRowOf(index);
    if (!row || row->runsByDay.isEmpty())
        return;
    painter->save();
    paintBars(painter, option.rect.adjusted(margin, margin, -margin, -margin), *row, option.palette,
              option.state.testFlag(QStyle::State_Selected));
    painter->restore();
}

void TrendChartDelegate::paintBars(QPainter *painter, const QRect &area, const InsightsRow &row,
                                   const QPalette &palette, bool selected) const
{
    const int days = static_cast<int>(row.runsByDay.size());
    const int most = std::max(1, *std::max_element(row.runsByDay.cbegin(), row.runsByDay.cend()));
    const qreal slot = qreal(area.width()) / days;
    // A gap between bars while they are wide enough to spare one.
    const qreal gap = slot >= 4 ? std::max<qreal>(1, slot / 5) : 0;
    // A selected row's bars stand on the selection colour, which is the runs' colour otherwise.
    const QColor runs = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QColor failures
        = failureColor(palette.color(selected ? QPalette::Highlight : QPalette::Base));
    painter->setPen(Qt::NoPen);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // A baseline, so that a period without runs still reads as a chart.
    painter->fillRect(QRectF(area.left(), area.bottom(), area.width(), 1),
                      palette.color(QPalette::Mid));
    for (int day = 0; day < days; ++day) {
        const qreal left = area.left() + day * slot + gap / 2;
        const qreal width = slot - gap;
        const qreal height = qreal(area.height()) * row.runsByDay.at(day) / most;
        const qreal failed = qreal(area.height()) * row.failuresByDay.at(day) / most;
        const qreal bottom = area.top() + area.height();
        painter->fillRect(QRectF(left, bottom - height, width, height - failed), runs);
        painter->fillRect(QRectF(left, bottom - failed, width, failed), failures);
    }
}

QSize TrendChartDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(text.width(), 160), std::max(text.height(), 28));
}
