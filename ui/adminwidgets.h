#pragma once

#include "stores/userstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace docket {

// Chooses an orders scope: all orders, own orders, or some sales channels.
class ScopeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ScopeEditor(QWidget* parent = nullptr);
    Scope scope() const;
    void setScope(const Scope& scope);
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* channelBox(const QString& code) const;

signals:
    void changed();

private:
    void updateEnabled();
    QComboBox* m_kind;
    QList<std::pair<QString, QCheckBox*>> m_channels;
};

// What the administration page and its dialogs build alike.
namespace admin {

// A read-only list: whole rows selected one at a time, no grid, no row numbers.
QTableWidget* makeTable(int columns, QWidget* parent);
// The roles by label (the role's name as data, its description as tooltip).
void fillRoles(QComboBox* combo, const QList<RoleInfo>& roles);

} // namespace admin

} // namespace docket
