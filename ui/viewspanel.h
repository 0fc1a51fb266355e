#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/savedviewstore.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace docket {

class ViewCounter;

// The saved views beside the order list: the user's own and those shared
// with their role, each with its number of orders, counted on a thread of
// its own and again when orders change (never blocking the window). A click
// (or Ctrl+1…9 for the first nine) shows the view; Save View keeps the list's
// filter, sort and columns under a name; an administrator shares a view with
// a role.
class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    ViewsPanel(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~ViewsPanel() override;

    QListWidget* list() const { return m_list; }
    const QList<SavedView>& views() const { return m_views; }
    // The count shown for a view; -1 while it is being counted.
    qint64 countOf(qint64 viewId) const { return m_counts.value(viewId, -1); }
    bool isCounting() const;
    // What Save View keeps: the list's filter and its layout (JSON).
    void setCurrent(std::function<std::pair<OrderFilter, QString>()> current)
    {
        m_current = std::move(current);
    }

public slots:
    void reload();
    // Counts every view again (throttled: orders change often).
    void recountSoon();
    void recountNow();
    // Shows the n-th view (0-based); false when there is none.
    bool activate(int index);
    // Saves the current list as a view (asks for its name).
    void saveCurrent();
    void renameSelected();
    void deleteSelected();
    void shareSelected();

signals:
    void viewChosen(const docket::SavedView& view);
    void statusMessage(const QString& message, int timeoutMs = 5000);

private:
    void updateItems();
    void updateButtons();
    const SavedView* selected() const;

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QList<SavedView> m_views;
    QHash<qint64, qint64> m_counts;
    std::function<std::pair<OrderFilter, QString>()> m_current;
    ViewCounter* m_counter = nullptr;
    QTimer m_recount;
    QListWidget* m_list = nullptr;
    QPushButton* m_save = nullptr;
    QToolButton* m_more = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_share = nullptr;
};

} // namespace docket
