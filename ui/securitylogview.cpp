#include "securitylogview.h"

#include "adminwidgets.h"
#include "domain/errors.h"
#include "i18n.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace docket {

namespace {

QDate dateOrNull(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

SecurityLogView::SecurityLogView(UserStore& store, QWidget* parent)
    : QWidget(parent), m_store(store)
{
    m_logUser = new QLineEdit(this);
    m_logUser->setObjectName(QStringLiteral("logUser"));
    m_logUser->setPlaceholderText(tr("Any user"));
    m_logUser->setAccessibleName(tr("Events by or about this user"));
    m_logUser->setClearButtonEnabled(true);
    m_logKind = new QComboBox(this);
    m_logKind->setObjectName(QStringLiteral("logKind"));
    m_logKind->setAccessibleName(tr("Kind of event"));
    m_logKind->addItem(tr("Any event"), QString());
    for (const QString& k : securityevent::kinds())
        m_logKind->addItem(securityevent::kindLabel(k), k);
    auto makeDate = [this](const QString& accessible) {
        auto* d = new QDateEdit(this);
        d->setCalendarPopup(true);
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setSpecialValueText(tr("Any day"));
        d->setDate(d->minimumDate());
        d->setAccessibleName(accessible);
        return d;
    };
    m_logFrom = makeDate(tr("From day"));
    m_logFrom->setObjectName(QStringLiteral("logFrom"));
    m_logTo = makeDate(tr("To day"));
    m_logTo->setObjectName(QStringLiteral("logTo"));
    auto* refresh =
        new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_logUser, 1);
    filters->addWidget(m_logKind);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_logFrom);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_logTo);
    filters->addWidget(refresh);

    m_log = admin::makeTable(7, this);
    m_log->setObjectName(QStringLiteral("securityLog"));
    m_log->setAccessibleName(tr("Security log"));
    m_log->setHorizontalHeaderLabels(
        {tr("Time"), tr("By"), tr("Event"), tr("Affects"), tr("Before"), tr("After"), tr("Note")});
    m_log->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_logInfo = new QLabel(this);
    m_logInfo->setObjectName(QStringLiteral("resultCount"));

    auto* v = new QVBoxLayout(this);
    v->addLayout(filters);
    v->addWidget(m_log, 1);
    v->addWidget(m_logInfo);

    m_logTimer = new QTimer(this);
    m_logTimer->setSingleShot(true);
    m_logTimer->setInterval(250);
    connect(m_logTimer, &QTimer::timeout, this, &SecurityLogView::reload);
    connect(m_logUser, &QLineEdit::textChanged, m_logTimer, qOverload<>(&QTimer::start));
    connect(m_logKind, &QComboBox::currentIndexChanged, this, &SecurityLogView::reload);
    connect(m_logFrom, &QDateEdit::dateChanged, this, &SecurityLogView::reload);
    connect(m_logTo, &QDateEdit::dateChanged, this, &SecurityLogView::reload);
    connect(refresh, &QPushButton::clicked, this, &SecurityLogView::reload);
}

void SecurityLogView::reload()
{
    SecurityEventFilter f;
    f.user = m_logUser->text();
    f.kind = m_logKind->currentData().toString();
    f.from = dateOrNull(m_logFrom);
    f.to = dateOrNull(m_logTo);
    f.limit = kShown;
    QList<SecurityEvent> events;
    try {
        events = m_store.securityEvents(f);
    } catch (const DocketError& e) {
        m_logInfo->setText(e.message());
        return;
    }
    const QLocale loc;
    m_log->setRowCount(0);
    m_log->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const SecurityEvent& e = events[r];
        auto* at =
            new QTableWidgetItem(formatDateTime(e.at.toLocalTime(), QLocale::ShortFormat, loc));
        at->setData(Qt::UserRole, e.id);
        m_log->setItem(r, 0, at);
        m_log->setItem(r, 1, new QTableWidgetItem(e.actor));
        auto* kind = new QTableWidgetItem(securityevent::kindLabel(e.kind));
        kind->setData(Qt::UserRole, e.kind);
        m_log->setItem(r, 2, kind);
        // A setting by its label ("Shop name"), its key in the tooltip.
        auto* target = new QTableWidgetItem(securityevent::targetText(e.kind, e.target));
        target->setData(Qt::UserRole, e.target);
        if (target->text() != e.target)
            target->setToolTip(e.target);
        m_log->setItem(r, 3, target);
        // Shown in the user's language; the stored text (codes, English) in
        // the tooltip and under Qt::UserRole.
        const QString stored[] = {e.oldValue, e.newValue, e.note};
        for (int i = 0; i < 3; ++i) {
            const QString shown = i < 2 ? securityevent::valueText(e.kind, stored[i])
                                        : securityevent::noteText(stored[i]);
            auto* item = new QTableWidgetItem(shown);
            item->setData(Qt::UserRole, stored[i]);
            if (shown != stored[i])
                item->setToolTip(stored[i]);
            m_log->setItem(r, 4 + i, item);
        }
    }
    m_log->resizeColumnsToContents();
    m_log->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_logInfo->setText(events.size() >= kShown
                           ? tr("Showing the newest %L1 events; narrow the filter to see older "
                                "ones.")
                                 .arg(kShown)
                           : tr("%Ln event(s).", nullptr, int(events.size())));
}

} // namespace docket
