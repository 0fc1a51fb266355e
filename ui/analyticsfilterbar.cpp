#include "analyticsfilterbar.h"

#include "domain/errors.h"
#include "domain/order.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace docket {

namespace {
const int kCustomPreset = int(datePresets().size());
const int kDefaultPreset = int(datePresets().indexOf(DatePreset::ThisYear));
} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(std::shared_ptr<const Database> db, Session session,
                                       QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("analyticsBar"));
    // The period and the filters side by side, or the filters on a second row
    // when the window is too narrow for both (fitControls()).
    m_barLayout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_barLayout->setContentsMargins(12, 10, 12, 8);
    m_barLayout->setSpacing(16);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    m_periodRow = row;
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    m_filterRow = filterRow;
    m_barLayout->addLayout(row);
    m_barLayout->addLayout(filterRow, 1);
    m_preset = new QComboBox(this);
    for (DatePreset p : datePresets())
        m_preset->addItem(p == DatePreset::Any ? tr("All time") : presetLabel(p), int(p));
    m_preset->addItem(tr("Custom range"));
    m_preset->setAccessibleName(tr("Period"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("Automatic"));
    for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
        m_granularity->addItem(granularity::label(g), granularity::code(g));
    m_granularity->setAccessibleName(tr("Granularity"));
    // Its first item says what Automatic picks: as wide as that text is now.
    m_granularity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_granularity->setToolTip(tr("Points of the time charts: days, weeks or months. Automatic "
                                 "picks days up to two months, weeks up to a year and a half, "
                                 "months beyond."));
    m_comparison = new QComboBox(this);
    m_comparison->addItem(tr("vs previous period"), int(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("vs same period last year"), int(Comparison::SamePeriodLastYear));
    m_comparison->addItem(tr("No comparison"), int(Comparison::None));
    m_comparison->setAccessibleName(tr("Comparison"));

    auto makeFilter = [&](QToolButton*& button, QMenu*& menu, const QString& name) {
        button = new QToolButton(this);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(name);
        menu = new QMenu(button);
        button->setMenu(menu);
    };
    makeFilter(m_channels, m_channelMenu, tr("Channels"));
    makeFilter(m_statuses, m_statusMenu, tr("Statuses"));
    const QStringList channels = m_session.scope().kind == Scope::Kind::Channels
                                     ? m_session.scope().channels
                                     : channel::codes();
    for (const QString& c : channels) {
        QAction* a = m_channelMenu->addAction(channel::label(c));
        a->setData(c);
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            updateFilterButtons();
            schedule();
        });
    }
    for (OrderStatus s : status::all()) {
        QAction* a = m_statusMenu->addAction(status::label(s));
        a->setData(status::code(s));
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, [this] {
            updateFilterButtons();
            schedule();
        });
    }

    m_state = new QLabel(this);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setText(tr("Refresh"));
    refreshButton->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(refreshButton, &QToolButton::clicked, this, &AnalyticsFilterBar::refreshRequested);
    m_report = new QToolButton(this);
    m_report->setText(tr("Report"));
    m_report->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    m_report->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_report->setPopupMode(QToolButton::InstantPopup);
    auto* reportMenu = new QMenu(m_report);
    reportMenu->addAction(tr("Save Report as PDF…"), this,
                          &AnalyticsFilterBar::saveReportRequested);
    reportMenu->addAction(tr("Print Report…"), this, &AnalyticsFilterBar::printRequested);
    m_report->setMenu(reportMenu);

    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_granularity);
    row->addWidget(m_comparison);
    row->addStretch(0); // on a row of its own, its controls keep their width
    filterRow->addWidget(m_channels);
    filterRow->addWidget(m_statuses);
    filterRow->addStretch(1);
    filterRow->addWidget(m_state);
    filterRow->addWidget(refreshButton);
    filterRow->addWidget(m_report);
    installEventFilter(this);
    fitControls();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AnalyticsFilterBar::applyPreset);
    auto datesEdited = [this] {
        if (m_updating)
            return;
        m_updating = true;
        m_preset->setCurrentIndex(kCustomPreset);
        m_updating = false;
        updateAutoLabel();
        schedule();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &AnalyticsFilterBar::schedule);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &AnalyticsFilterBar::schedule);
    updateFilterButtons();
}

void AnalyticsFilterBar::selectDefaultPeriod()
{
    if (m_preset->currentIndex() == kDefaultPreset)
        applyPreset(kDefaultPreset);
    else
        m_preset->setCurrentIndex(kDefaultPreset);
}

void AnalyticsFilterBar::followPreset()
{
    if (resolvePreset(m_preset->currentIndex()))
        updateAutoLabel();
}

void AnalyticsFilterBar::applyPreset(int index)
{
    if (m_updating || !resolvePreset(index))
        return;
    updateAutoLabel();
    schedule();
}

bool AnalyticsFilterBar::resolvePreset(int index)
{
    if (index < 0 || index >= kCustomPreset)
        return false;
    const QDate today = QDate::currentDate();
    auto [from, to] = presetRange(DatePreset(m_preset->itemData(index).toInt()), today);
    if (!from.isValid()) {
        // "Any date": from the first to the last order in scope.
        try {
            const auto range = AnalyticsStore(m_db->connection(), m_session)
                                   .dataRange(QTimeZone::systemTimeZone());
            from = range.first.isValid() ? range.first : today;
            to = range.second.isValid() ? std::max(range.second, today) : today;
        } catch (const DocketError& e) {
            from = to = today;
            m_state->setText(e.message());
        }
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = wasUpdating;
    return true;
}

void AnalyticsFilterBar::updateAutoLabel()
{
    const Granularity g = granularity::automatic(m_from->date(), m_to->date());
    m_granularity->setItemText(0, tr("Automatic (%1)").arg(granularity::label(g)));
}

void AnalyticsFilterBar::updateFilterButtons()
{
    auto summary = [](QMenu* menu, const QString& all, const QString& some) {
        QStringList names;
        for (QAction* a : menu->actions())
            if (a->isChecked())
                names << a->text();
        if (names.isEmpty())
            return all;
        if (names.size() <= 2)
            return names.join(QStringLiteral(", "));
        return some.arg(names.size());
    };
    m_channels->setText(summary(m_channelMenu, tr("All channels"), tr("%1 channels")));
    m_statuses->setText(summary(m_statusMenu, tr("All statuses"), tr("%1 statuses")));
}

void AnalyticsFilterBar::schedule()
{
    if (!m_updating)
        emit changed();
}

AnalyticsQuery AnalyticsFilterBar::query() const
{
    AnalyticsQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.timeZone = QTimeZone::systemTimeZone();
    q.firstDayOfWeek = QLocale().firstDayOfWeek();
    if (m_granularity->currentIndex() > 0)
        q.granularity = granularity::fromCode(m_granularity->currentData().toString());
    q.comparison = comparison();
    for (QAction* a : m_channelMenu->actions())
        if (a->isChecked())
            q.channels << a->data().toString();
    for (QAction* a : m_statusMenu->actions())
        if (a->isChecked())
            q.statuses << a->data().toString();
    return q;
}

void AnalyticsFilterBar::setQuery(const AnalyticsQuery& q)
{
    m_updating = true;
    const auto preset = presetMatching(q.from, q.to, QDate::currentDate());
    m_preset->setCurrentIndex(
        preset && *preset != DatePreset::Any ? m_preset->findData(int(*preset)) : kCustomPreset);
    m_from->setDate(q.from);
    m_to->setDate(q.to);
    m_granularity->setCurrentIndex(
        q.granularity ? m_granularity->findData(granularity::code(*q.granularity)) : 0);
    m_comparison->setCurrentIndex(m_comparison->findData(int(q.comparison)));
    for (QAction* a : m_channelMenu->actions())
        a->setChecked(q.channels.contains(a->data().toString()));
    for (QAction* a : m_statusMenu->actions())
        a->setChecked(q.statuses.contains(a->data().toString()));
    m_updating = false;
    updateFilterButtons();
    updateAutoLabel();
}

Comparison AnalyticsFilterBar::comparison() const
{
    return Comparison(m_comparison->currentData().toInt());
}

QString AnalyticsFilterBar::comparisonText() const
{
    return m_comparison->currentText();
}

QString AnalyticsFilterBar::channelsText() const
{
    return m_channels->text();
}

QString AnalyticsFilterBar::statusesText() const
{
    return m_statuses->text();
}

void AnalyticsFilterBar::setState(const QString& text)
{
    m_state->setText(text);
}

void AnalyticsFilterBar::setStateToolTip(const QString& text)
{
    m_state->setToolTip(text);
}

void AnalyticsFilterBar::fitControls()
{
    const QMargins m = m_barLayout->contentsMargins();
    const int margins = m.left() + m.right();
    // Narrower than both rows side by side only when on two rows.
    setMinimumWidth(
        std::max(m_periodRow->minimumSize().width(), m_filterRow->minimumSize().width()) + margins);
    const int oneRow = m_periodRow->sizeHint().width() + m_barLayout->spacing() +
                       m_filterRow->sizeHint().width() + margins;
    m_barLayout->setDirection(width() >= oneRow ? QBoxLayout::LeftToRight
                                                : QBoxLayout::TopToBottom);
}

bool AnalyticsFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // A filter on itself, not event(): the layout sees the event after this.
    if (watched == this &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fitControls();
    return QWidget::eventFilter(watched, event);
}

} // namespace docket
