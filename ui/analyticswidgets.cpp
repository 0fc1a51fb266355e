#include "analyticswidgets.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace docket {

ChartPanel::ChartPanel(const QString& title, const QString& fileStem, QWidget* parent)
    : QFrame(parent), m_fileStem(fileStem)
{
    setObjectName(QStringLiteral("analyticsCard"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 8, 6);
    layout->setSpacing(2);

    auto* head = new QHBoxLayout;
    head->setSpacing(6);
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_subtitle = new QLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // On two lines rather than widening a half-width chart past the window.
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();
    m_menuButton = new QToolButton(this);
    m_menuButton->setText(tr("Export"));
    m_menuButton->setAccessibleName(tr("Export %1").arg(title));
    m_menuButton->setToolTip(tr("Save this chart as an image or its figures as CSV"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    auto* menu = new QMenu(m_menuButton);
    menu->addAction(tr("Save Chart as PNG…"), this, &ChartPanel::askSaveImage);
    menu->addAction(tr("Save Data as CSV…"), this, &ChartPanel::askSaveCsv);
    m_menuButton->setMenu(menu);
    head->addWidget(m_title);
    head->addWidget(m_subtitle, 1);
    head->addWidget(m_menuButton);
    layout->addLayout(head);

    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 10, 26, 2)); // room for the last value label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    m_view->setMinimumHeight(240);
    layout->addWidget(m_view, 1);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

QImage ChartPanel::image(qreal scale) const
{
    const QSize size = m_view->size().isEmpty() ? QSize(800, 400) : m_view->size();
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(palette().color(QPalette::Base));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    m_view->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), m_view->viewport()->rect());
    p.end();
    return img;
}

bool ChartPanel::saveImage(const QString& path, QString* error) const
{
    if (image().save(path, "PNG"))
        return true;
    if (error)
        *error = tr("The image could not be written to %1.").arg(path);
    return false;
}

bool ChartPanel::saveCsv(const QString& path, QString* error) const
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(csv().toUtf8());
        if (f.commit())
            return true;
    }
    if (error)
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
    return false;
}

void ChartPanel::askSaveImage()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), dir + QLatin1Char('/') + m_fileStem + QStringLiteral(".png"),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    emit statusMessage(saveImage(path, &error) ? tr("Saved %1.").arg(path) : error, 5000);
}

void ChartPanel::askSaveCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Data"), dir + QLatin1Char('/') + m_fileStem + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    emit statusMessage(saveCsv(path, &error) ? tr("Saved %1.").arg(path) : error, 5000);
}

// ---------------------------------------------------------------------------

KpiCard::KpiCard(const QString& title, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("analyticsCard"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("—"), this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    m_value->setFont(f);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change = new QLabel(this);
    m_against = new QLabel(this);
    m_against->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_against->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_against->setFont(small);
    auto* changeRow = new QHBoxLayout;
    changeRow->setSpacing(6);
    changeRow->addWidget(m_change);
    changeRow->addWidget(m_against, 1);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addLayout(changeRow);
    // No fixed minimum: a card is as wide as its figures (the page puts the
    // cards in as many columns as fit).
}

void KpiCard::setValue(const QString& value, const QString& change, std::optional<bool> good,
                       const QString& changeTooltip)
{
    m_value->setText(value);
    m_change->setText(change);
    m_change->setToolTip(changeTooltip);
    QString colour = palette().color(QPalette::PlaceholderText).name();
    if (good)
        colour = *good ? QStringLiteral("#15803d") : QStringLiteral("#b91c1c");
    m_change->setStyleSheet(QStringLiteral("color: %1").arg(colour));
}

void KpiCard::setComparison(const QString& text)
{
    m_against->setText(text);
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::change() const
{
    return m_change->text();
}

// ---------------------------------------------------------------------------

void setNiceValueAxis(QCategoryAxis* axis, double max, const std::function<QString(double)>& format,
                      int ticks)
{
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    if (!(max > 0))
        max = 1;
    const double raw = max / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    const int n = int(std::ceil(max / step - 1e-9));
    axis->setStartValue(-step / 1000.0);
    for (int i = 0; i <= n; ++i)
        axis->append(format(i * step), i * step);
    axis->setRange(0, n * step);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

} // namespace docket
