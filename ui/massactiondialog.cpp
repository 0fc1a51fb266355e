#include "massactiondialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace docket {

MassActionDialog::MassActionDialog(const QString& title, const QString& question,
                                   const QString& actionText, qint64 count, QWidget* parent)
    : QDialog(parent), m_count(count)
{
    setObjectName(QStringLiteral("massActionDialog"));
    setWindowTitle(title);
    setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    auto* questionLabel = new QLabel(question, this);
    questionLabel->setObjectName(QStringLiteral("massActionQuestion"));
    questionLabel->setWordWrap(true);
    QFont big = questionLabel->font();
    big.setBold(true);
    questionLabel->setFont(big);
    layout->addWidget(questionLabel);

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("massActionConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->hide();
    layout->addWidget(m_consequence);

    auto* form = new QFormLayout;
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->hide();
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("massActionReason"));
    m_reason->setEditable(true);
    m_reason->hide();
    form->addRow(m_reasonLabel, m_reason);
    m_countEdit = new QLineEdit(this);
    m_countEdit->setObjectName(QStringLiteral("massActionCount"));
    if (needsTypedCount()) {
        // The count as digits only, so that it reads the same in every locale.
        const QString digits = QString::number(m_count);
        m_countEdit->setPlaceholderText(digits);
        m_countEdit->setAccessibleName(tr("Number of orders"));
        auto* typeLabel =
            new QLabel(tr("This changes %Ln orders. To go on, type the number %1:", nullptr,
                          int(std::min<qint64>(m_count, INT_MAX)))
                           .arg(digits),
                       this);
        typeLabel->setWordWrap(true);
        typeLabel->setBuddy(m_countEdit);
        layout->addWidget(typeLabel);
        layout->addWidget(m_countEdit);
    } else {
        m_countEdit->hide();
    }
    layout->addLayout(form);

    // Plain buttons: a QDialogButtonBox makes its first accept button the
    // default when shown. Nothing is the default here: Enter presses only a
    // button that has the focus.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_action = new QPushButton(actionText, this);
    m_action->setObjectName(QStringLiteral("massActionButton"));
    for (QPushButton* b : {m_cancel, m_action}) {
        b->setAutoDefault(false);
        // Room around the text: the style's own margin left a long action's
        // text touching the button's edges.
        b->setMinimumWidth(b->sizeHint().width() + 4 * b->fontMetrics().averageCharWidth());
        buttons->addWidget(b);
    }
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    layout->addLayout(buttons);

    connect(m_countEdit, &QLineEdit::textChanged, this, &MassActionDialog::updateButton);
    connect(m_reason, &QComboBox::currentTextChanged, this, &MassActionDialog::updateButton);
    updateButton();
    m_cancel->setFocus();
}

void MassActionDialog::setConsequence(const QString& text)
{
    m_consequence->setText(text);
    m_consequence->setVisible(!text.isEmpty());
}

void MassActionDialog::askReason(const QString& label, const QStringList& suggestions)
{
    m_reasonLabel->setText(label);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->show();
    m_reason->addItems(suggestions);
    m_reason->setCurrentIndex(-1);
    m_reason->setEditText(QString());
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    m_reason->show();
    updateButton();
}

void MassActionDialog::askChoice(const QString& label,
                                 const QList<std::pair<QString, QString>>& items)
{
    m_reasonLabel->setText(label);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->show();
    m_reason->setEditable(false);
    for (const auto& [text, code] : items)
        m_reason->addItem(text, code);
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Choose one"));
    m_reason->show();
    updateButton();
}

QString MassActionDialog::choice() const
{
    return m_reason->currentData().toString();
}

QString MassActionDialog::reason() const
{
    return m_reasonLabel->text().isEmpty() ? QString() : m_reason->currentText().trimmed();
}

void MassActionDialog::updateButton()
{
    bool ok = true;
    if (needsTypedCount()) {
        QString typed = m_countEdit->text();
        typed.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        ok = typed == QString::number(m_count);
    }
    if (!m_reasonLabel->text().isEmpty())
        ok = ok && (m_reason->isEditable() ? !m_reason->currentText().trimmed().isEmpty()
                                           : m_reason->currentIndex() >= 0);
    m_action->setEnabled(ok);
}

void MassActionDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Only a button with the focus answers Enter; never a preselected default.
        if (auto* b = qobject_cast<QPushButton*>(focusWidget()); b && b->isEnabled())
            b->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace docket
