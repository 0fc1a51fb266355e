#pragma once

#include "i18n.h"

#include <QDialog>
#include <QUrl>

class QTextBrowser;
class QToolButton;

namespace docket {

// Help → User Guide: resources/help/guide.html (compiled in as
// qrc:/help/guide.html, with its screenshots) in a QTextBrowser with back,
// forward and home. Links to other sites open in the system browser. In
// Chinese, its translation guide_zh_CN.html or guide_zh_TW.html (same
// sections, anchors and pictures).
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget* parent = nullptr);

    // qrc:/help/guide.html, or its translation into `language` when there is one.
    static QUrl guideUrl(const QString& language = currentLanguage());
    QTextBrowser* browser() const { return m_browser; }
    // Shows `anchor` ("#backup") of the guide, or the guide's start.
    void showTopic(const QString& anchor = {});

private:
    QTextBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
    QToolButton* m_home;
};

} // namespace docket
