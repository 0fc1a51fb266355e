#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace docket {

// The confirmation of an action over many orders at once (mark invalid, mark
// valid, mark seen, delete, …). It states the count in words, and it scales
// with it: from kTypeCountFrom orders on, the count must be typed before the
// action's button works. Enter never confirms: the dialog has no default
// button, and Return or Enter only press a button that has the focus (Cancel
// takes it first).
//
//     MassActionDialog d(tr("Mark Orders Invalid"), tr("Mark %L1 orders invalid?").arg(n),
//                        tr("Mark %L1 Orders Invalid").arg(n), n, this);
//     d.askReason(tr("Reason:"), reasons);   // optional; nothing preselected
//     if (d.exec() == QDialog::Accepted) use(d.reason());
class MassActionDialog : public QDialog
{
    Q_OBJECT
public:
    // From how many orders the count must be typed.
    static constexpr qint64 kTypeCountFrom = 100;

    MassActionDialog(const QString& title, const QString& question, const QString& actionText,
                     qint64 count, QWidget* parent = nullptr);

    // A sentence under the question: what happens to the orders, and how to
    // take it back.
    void setConsequence(const QString& text);
    // Asks for a reason too (editable, with suggestions, none preselected);
    // the action's button works only once there is one.
    void askReason(const QString& label, const QStringList& suggestions);

    // Asks to choose one of `items` (text, code), none preselected; the
    // action's button works only once one is chosen.
    void askChoice(const QString& label, const QList<std::pair<QString, QString>>& items);

    QString reason() const;
    QString choice() const; // the chosen item's code
    bool needsTypedCount() const { return m_count >= kTypeCountFrom; }
    QLineEdit* countEdit() const { return m_countEdit; }
    QComboBox* reasonBox() const { return m_reason; }
    QPushButton* actionButton() const { return m_action; }
    QPushButton* cancelButton() const { return m_cancel; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateButton();

    qint64 m_count = 0;
    QLabel* m_consequence = nullptr;
    QLineEdit* m_countEdit = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QComboBox* m_reason = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace docket
