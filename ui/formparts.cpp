#include "formparts.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QWidget>
#include <algorithm>

namespace docket::form {

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("formError"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

int charsWide(const QWidget* w, int n)
{
    const QFontMetrics m = w->fontMetrics();
    return n * std::min(m.averageCharWidth(), m.horizontalAdvance(QLatin1Char('x')));
}

QDialogButtonBox* acceptCancelButtons(QDialog* dialog, const QString& acceptText,
                                      QPushButton** accept)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* ok = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (accept)
        *accept = ok;
    return buttons;
}

QTableWidget* readOnlyTable(QWidget* parent, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    return t;
}

} // namespace docket::form
