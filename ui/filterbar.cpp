#include "filterbar.h"

#include "domain/order.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace docket {

namespace {
const int kCustomPreset = int(datePresets().size());

// The combo entry that stands for several statuses or channels (shown in a
// chip below): the box says how many instead of "All statuses".
const QString kSeveral = QStringLiteral("*several*");

void showSeveral(QComboBox* box, int count, const QString& text)
{
    const int at = box->findData(kSeveral);
    if (count <= 0) {
        if (at >= 0) {
            if (box->currentIndex() == at)
                box->setCurrentIndex(0);
            box->removeItem(at);
        }
        return;
    }
    if (at >= 0)
        box->setItemText(at, text);
    else
        box->addItem(text, kSeveral);
    box->setCurrentIndex(box->findData(kSeveral));
}

// The result count ("1,234 orders · 18 selected"): text() holds all of it;
// it asks only for room for a number and takes what the row has left, drawn
// shortened with "…" when that is too little, all of it then in the tooltip;
// so the fields and toggles beside it keep their room.
class CountLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override
    {
        QSize s = QLabel::minimumSizeHint();
        s.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("0,000,000…")));
        return s;
    }
    QSize sizeHint() const override { return minimumSizeHint(); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const QRect r = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
        const QString tip = shown == text() ? QString() : text();
        if (toolTip() != tip)
            setToolTip(tip);
        QPainter p(this);
        style()->drawItemText(&p, r, int(alignment()), palette(), isEnabled(), shown,
                              foregroundRole());
    }
};

void markInvalid(QWidget* w, bool invalid)
{
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("Order number"));
    m_number->setClearButtonEnabled(true);
    m_number->setToolTip(tr("Order number or its beginning, e.g. DK00123 or 123. Press Enter to "
                            "open a complete number."));
    m_number->setAccessibleName(tr("Order number"));
    m_number->setMaximumWidth(170);

    m_keyword = new QLineEdit(this);
    m_keyword->setPlaceholderText(tr("Customer, email, phone, product or SKU (Ctrl+F)"));
    m_keyword->setClearButtonEnabled(true);
    m_keyword->setAccessibleName(tr("Keyword"));
    m_keyword->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    m_preset = new QComboBox(this);
    for (DatePreset p : datePresets())
        m_preset->addItem(presetLabel(p), int(p));
    m_preset->addItem(tr("Custom range"));
    m_preset->setAccessibleName(tr("Date range"));

    m_useDates = new QCheckBox(this); // hidden state holder: dates active
    m_useDates->hide();
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_from->setToolTip(tr("First day (inclusive)"));
    m_to->setToolTip(tr("Last day (inclusive)"));

    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"));
    for (OrderStatus s : status::all())
        m_status->addItem(status::label(s), status::code(s));
    m_status->setAccessibleName(tr("Status"));

    m_channel = new QComboBox(this);
    m_channel->addItem(tr("All channels"));
    for (const QString& c : channel::codes())
        m_channel->addItem(channel::label(c), c);
    m_channel->setAccessibleName(tr("Channel"));

    m_validity = new QComboBox(this);
    m_validity->addItem(tr("Valid orders"), int(OrderFilter::Validity::Valid));
    m_validity->addItem(tr("Invalid orders"), int(OrderFilter::Validity::Invalid));
    m_validity->addItem(tr("All orders"), int(OrderFilter::Validity::All));
    m_validity->setAccessibleName(tr("Show"));
    m_validity->setToolTip(tr("Show valid orders, only invalid ones (to review or delete), or "
                              "both"));

    m_newOnly = new QToolButton(this);
    m_newOnly->setCheckable(true);
    m_newOnly->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_newOnly->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newOnly->setObjectName(QStringLiteral("newBadge"));
    m_newOnly->setAccessibleName(tr("Show new orders only"));
    m_newOnly->setToolTip(tr("Show new orders only (Ctrl+Shift+N)"));
    m_newOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    setNewCount(0);

    // The deadline toggle: on, the orders past the deadline of their step
    // (or, picked from its menu, due within 24 h); the time limits of the
    // steps are in Settings.
    m_overdue = new QToolButton(this);
    m_overdue->setCheckable(true);
    m_overdue->setObjectName(QStringLiteral("overdueToggle"));
    m_overdue->setPopupMode(QToolButton::MenuButtonPopup);
    m_overdue->setToolTip(tr("Orders past the deadline of their step, or due within a day "
                             "(time limits in Settings)"));
    auto* dueMenu = new QMenu(m_overdue);
    auto* dueKinds = new QActionGroup(dueMenu);
    m_pastDeadline = dueMenu->addAction(tr("Past deadline"));
    m_dueSoon = dueMenu->addAction(tr("Due within 24 h"));
    for (QAction* a : {m_pastDeadline, m_dueSoon}) {
        a->setCheckable(true);
        dueKinds->addAction(a);
    }
    m_pastDeadline->setChecked(true);
    m_overdue->setMenu(dueMenu);
    showDueKind();

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear every filter (Ctrl+Shift+X)"));
    m_clear->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_clear->setAccessibleName(tr("Clear filters"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_count = new CountLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setAccessibleName(tr("Number of matching orders"));

    m_chipRow = new QWidget(this);
    m_chipRow->setObjectName(QStringLiteral("filterChips"));
    m_chipLayout = new QHBoxLayout(m_chipRow);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(6);
    m_chipLayout->addStretch(1);
    m_chipRow->hide();

    auto* row1 = new QHBoxLayout;
    row1->setSpacing(6);
    row1->addWidget(m_number);
    row1->addWidget(m_keyword, 2);
    row1->addWidget(m_status);
    row1->addWidget(m_channel);
    row1->addWidget(m_validity);
    // The count ends the first row, where the search field can make room for
    // it; the second row's toggles keep theirs (CountLabel shortens it).
    row1->addWidget(m_count, 1);
    auto* row2 = new QHBoxLayout;
    row2->setSpacing(6);
    row2->addWidget(m_preset);
    auto* fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    row2->addWidget(fromLabel);
    row2->addWidget(m_from);
    row2->addWidget(toLabel);
    row2->addWidget(m_to);
    row2->addSpacing(12);
    row2->addWidget(m_newOnly);
    row2->addWidget(m_overdue);
    row2->addWidget(m_clear);
    for (QToolButton* b : {m_newOnly, m_overdue, m_clear})
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    row2->addStretch(1);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(10, 8, 10, 6);
    v->setSpacing(6);
    v->addLayout(row1);
    v->addLayout(row2);
    v->addWidget(m_chipRow);
    v->addWidget(m_error);

    setTabOrder(m_number, m_keyword);
    setTabOrder(m_keyword, m_status);
    setTabOrder(m_status, m_channel);
    setTabOrder(m_channel, m_validity);
    setTabOrder(m_validity, m_preset);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_newOnly);
    setTabOrder(m_newOnly, m_overdue);
    setTabOrder(m_overdue, m_clear);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::emitNow);
    connect(m_number, &QLineEdit::textChanged, this, &FilterBar::schedule);
    connect(m_keyword, &QLineEdit::textChanged, this, &FilterBar::schedule);
    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        emitNow();
        emit numberEntered(m_number->text().trimmed());
    });
    connect(m_keyword, &QLineEdit::returnPressed, this, &FilterBar::emitNow);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::applyPreset);
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(kCustomPreset);
            m_useDates->setChecked(true);
            m_updating = false;
            emitNow();
        });
    // Picking a status or channel replaces the chip of several.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_statuses.isEmpty() && m_status->currentData() != kSeveral) {
            m_statuses.clear();
            updateChips();
        }
        emitNow();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_channels.isEmpty() && m_channel->currentData() != kSeveral) {
            m_channels.clear();
            updateChips();
        }
        emitNow();
    });
    connect(m_validity, &QComboBox::currentIndexChanged, this, &FilterBar::emitNow);
    // Picking a kind from the menu turns the toggle on with it.
    connect(dueKinds, &QActionGroup::triggered, this, [this] {
        showDueKind();
        if (m_overdue->isChecked())
            emitNow();
        else
            m_overdue->setChecked(true);
    });
    for (QToolButton* b : {m_newOnly, m_overdue}) {
        connect(b, &QToolButton::toggled, this, &FilterBar::emitNow);
        // Never narrower than their text ("New (268)" in bold); the result
        // count beside them gives way instead.
        b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    applyPreset(0);
}

void FilterBar::applyPreset(int index)
{
    if (m_updating)
        return;
    if (index >= 0 && index < kCustomPreset) {
        const auto [from, to] =
            presetRange(DatePreset(m_preset->itemData(index).toInt()), QDate::currentDate());
        m_updating = true;
        m_useDates->setChecked(from.isValid());
        if (from.isValid()) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
        m_updating = false;
    } else {
        m_useDates->setChecked(true);
    }
    // "Any date" greys the pickers out; a named range shows its days.
    m_from->setEnabled(index != 0);
    m_to->setEnabled(index != 0);
    emitNow();
}

OrderFilter FilterBar::filter() const
{
    OrderFilter f;
    f.number = m_number->text().trimmed();
    f.keyword = m_keyword->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_status->currentIndex() > 0 && m_status->currentData() != kSeveral)
        f.statuses = {m_status->currentData().toString()};
    else
        f.statuses = m_statuses;
    if (m_channel->currentIndex() > 0 && m_channel->currentData() != kSeveral)
        f.channels = {m_channel->currentData().toString()};
    else
        f.channels = m_channels;
    f.regions = m_regions;
    f.skus = m_skus;
    f.customer = m_customer;
    f.validity = OrderFilter::Validity(m_validity->currentData().toInt());
    f.newOnly = m_newOnly->isChecked();
    if (m_overdue->isChecked())
        f.due = m_dueSoon->isChecked() ? OrderFilter::Due::Soon : OrderFilter::Due::Overdue;
    return f;
}

void FilterBar::setFilter(const OrderFilter& f)
{
    m_updating = true;
    m_number->setText(f.number);
    m_keyword->setText(f.keyword);
    m_useDates->setChecked(f.from.isValid() || f.to.isValid());
    if (f.from.isValid() || f.to.isValid()) {
        m_from->setDate(f.from.isValid() ? f.from : QDate(2000, 1, 1));
        m_to->setDate(f.to.isValid() ? f.to : QDate::currentDate());
        // A range that is a preset today shows as that preset.
        const auto preset = presetMatching(f.from, f.to, QDate::currentDate());
        m_preset->setCurrentIndex(preset ? m_preset->findData(int(*preset)) : kCustomPreset);
    } else {
        m_preset->setCurrentIndex(0);
    }
    m_from->setEnabled(m_preset->currentIndex() != 0);
    m_to->setEnabled(m_preset->currentIndex() != 0);
    // One status or channel shows in its combo; several (or an unknown code)
    // as a chip.
    const int statusIndex = f.statuses.size() == 1 ? m_status->findData(f.statuses.first()) : -1;
    m_status->setCurrentIndex(std::max(0, statusIndex));
    m_statuses = statusIndex > 0 ? QStringList() : f.statuses;
    const int channelIndex = f.channels.size() == 1 ? m_channel->findData(f.channels.first()) : -1;
    m_channel->setCurrentIndex(std::max(0, channelIndex));
    m_channels = channelIndex > 0 ? QStringList() : f.channels;
    m_regions = f.regions;
    m_skus = f.skus;
    m_customer = f.customer;
    updateChips();
    m_validity->setCurrentIndex(std::max(0, m_validity->findData(int(f.validity))));
    m_newOnly->setChecked(f.newOnly);
    m_overdue->setChecked(f.due != OrderFilter::Due::Any);
    (f.due == OrderFilter::Due::Soon ? m_dueSoon : m_pastDeadline)->setChecked(true);
    showDueKind();
    m_updating = false;
    emitNow();
}

QList<QToolButton*> FilterBar::chips() const
{
    return m_chipRow->findChildren<QToolButton*>(QStringLiteral("filterChip"),
                                                 Qt::FindDirectChildrenOnly);
}

void FilterBar::updateChips()
{
    // The combos say when a chip below holds several statuses or channels.
    const bool updating = std::exchange(m_updating, true);
    showSeveral(m_status, int(m_statuses.size()),
                tr("%n status(es)", nullptr, int(m_statuses.size())));
    showSeveral(m_channel, int(m_channels.size()),
                tr("%n channel(s)", nullptr, int(m_channels.size())));
    m_updating = updating;
    // Later: the chip being clicked may be the one going.
    for (QToolButton* chip : chips()) {
        chip->setObjectName(QString());
        chip->hide();
        chip->deleteLater();
    }
    OrderFilter shown; // only what the chips carry
    shown.statuses = m_statuses;
    shown.channels = m_channels;
    shown.regions = m_regions;
    shown.skus = m_skus;
    shown.customer = m_customer;
    int at = 0;
    for (const FieldError& c : shown.description()) {
        if (c.field != QLatin1String("status") && c.field != QLatin1String("channel") &&
            c.field != QLatin1String("region") && c.field != QLatin1String("product") &&
            c.field != QLatin1String("customer"))
            continue; // validity "valid" is the default and not described
        auto* chip = new QToolButton(m_chipRow);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setProperty("field", c.field);
        chip->setText(c.message + QStringLiteral("  ✕"));
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Remove this criterion"));
        chip->setAccessibleName(tr("Remove criterion %1").arg(c.message));
        const QString field = c.field;
        connect(chip, &QToolButton::clicked, this, [this, field] { removeCriterion(field); });
        m_chipLayout->insertWidget(at++, chip);
    }
    m_chipRow->setVisible(at > 0);
}

void FilterBar::removeCriterion(const QString& field)
{
    if (field == QLatin1String("status"))
        m_statuses.clear();
    else if (field == QLatin1String("channel"))
        m_channels.clear();
    else if (field == QLatin1String("region"))
        m_regions.clear();
    else if (field == QLatin1String("product"))
        m_skus.clear();
    else if (field == QLatin1String("customer"))
        m_customer.reset();
    updateChips();
    emitNow();
}

void FilterBar::showDueKind()
{
    const bool soon = m_dueSoon->isChecked();
    m_overdue->setText(soon ? tr("Due soon") : tr("Overdue"));
    m_overdue->setAccessibleName(soon ? tr("Show orders due within 24 h only")
                                      : tr("Show orders past their deadline only"));
}

void FilterBar::clear()
{
    setFilter(OrderFilter{});
}

void FilterBar::focusSearch()
{
    m_keyword->setFocus(Qt::ShortcutFocusReason);
    m_keyword->selectAll();
}

void FilterBar::setNewCount(qint64 count)
{
    m_newOnly->setText(count > 0 ? tr("New (%L1)").arg(count) : tr("New"));
    m_newOnly->setProperty("hasNew", count > 0);
    m_newOnly->style()->unpolish(m_newOnly);
    m_newOnly->style()->polish(m_newOnly);
    m_newOnly->updateGeometry(); // bold and longer: the layout makes room
}

void FilterBar::setResultCount(qint64 count, bool exact, bool loading, bool estimate)
{
    if (!exact && estimate) {
        // Two significant digits: an estimate should not look exact.
        qint64 unit = 1;
        while (count / unit >= 100)
            unit *= 10;
        const qint64 rounded = (count + unit / 2) / unit * unit;
        m_countText = tr("about %L1 orders, counting…").arg(rounded);
    } else if (!exact)
        m_countText = tr("≥ %L1 orders, counting…").arg(count);
    else if (loading)
        m_countText = tr("%Ln order(s), loading…", nullptr, int(std::min<qint64>(count, INT_MAX)));
    else
        m_countText = tr("%Ln order(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
    setSelectedCount(m_selected);
}

void FilterBar::setSelectedCount(qint64 count)
{
    m_selected = count;
    m_count->setText(count > 0
                         ? tr("%1 · %Ln selected", nullptr, int(std::min<qint64>(count, INT_MAX)))
                               .arg(m_countText)
                         : m_countText);
}

void FilterBar::setChannels(const QStringList& codes)
{
    const QString current = m_channel->currentData().toString();
    m_updating = true;
    while (m_channel->count() > 1)
        m_channel->removeItem(1);
    for (const QString& c : channel::codes())
        if (codes.isEmpty() || codes.contains(c))
            m_channel->addItem(channel::label(c), c);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(current)));
    m_updating = false;
    emitNow();
}

void FilterBar::schedule()
{
    if (!m_updating)
        m_debounce.start();
}

void FilterBar::showErrors(const QList<FieldError>& errors)
{
    QStringList messages;
    bool numberBad = false, toBad = false, keywordBad = false;
    for (const FieldError& e : errors) {
        messages << e.message;
        numberBad = numberBad || e.field == QLatin1String("number");
        toBad = toBad || e.field == QLatin1String("to");
        keywordBad = keywordBad || e.field == QLatin1String("keyword");
    }
    markInvalid(m_number, numberBad);
    markInvalid(m_to, toBad);
    markInvalid(m_from, toBad);
    markInvalid(m_keyword, keywordBad);
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->setVisible(!messages.isEmpty());
}

void FilterBar::emitNow()
{
    if (m_updating)
        return;
    m_debounce.stop();
    const OrderFilter f = filter();
    const auto errors = f.validate();
    showErrors(errors);
    if (!errors.isEmpty())
        return;
    if (f == m_lastEmitted)
        return;
    m_lastEmitted = f;
    emit filterChanged(f);
}

} // namespace docket
