#include "stocktables.h"
#include "formparts.h"

#include "i18n.h"

#include "domain/errors.h"
#include "stores/cataloguestore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace docket::stocktables {

QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = form::readOnlyTable(parent, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidget* detailTable(QWidget* parent, const QStringList& headers, const QString& name)
{
    QTableWidget* t = table(parent, headers, name);
    // A heading cut short in a narrow pane is named whole in its tooltip.
    for (int c = 0; c < t->columnCount(); ++c)
        if (QTableWidgetItem* h = t->horizontalHeaderItem(c))
            h->setToolTip(h->text());
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    return t;
}

QTableWidgetItem* item(const QString& text, qint64 id)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    if (id)
        i->setData(Qt::UserRole, id);
    return i;
}

QTableWidgetItem* number(qint64 n, bool signedNumber)
{
    auto* i = item(signedNumber && n > 0 ? QStringLiteral("+") + QLocale().toString(n)
                                         : QLocale().toString(n));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? formatDateTime(t.toLocalTime(), QLocale::ShortFormat, QLocale())
                       : QString();
}

void fillWarehouses(QComboBox* box, const QSqlDatabase& db, const Session& session)
{
    try {
        for (const Warehouse& w : CatalogueStore(db, session).warehouses())
            if (w.active)
                box->addItem(QStringLiteral("%1 — %2").arg(w.code, w.name), w.id);
    } catch (const DocketError&) {
    }
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QColor shortColour()
{
    return QColor(0xBF, 0x36, 0x1B);
}

} // namespace docket::stocktables
