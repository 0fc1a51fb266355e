#include "adminwidgets.h"
#include "formparts.h"

#include "domain/order.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace admin {

QTableWidget* makeTable(int columns, QWidget* parent)
{
    auto* t = form::readOnlyTable(parent, columns);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    return t;
}

void fillRoles(QComboBox* combo, const QList<RoleInfo>& roles)
{
    combo->clear();
    for (const RoleInfo& r : roles) {
        combo->addItem(r.label(), r.name);
        combo->setItemData(combo->count() - 1, r.descriptionText(), Qt::ToolTipRole);
    }
}

} // namespace admin

ScopeEditor::ScopeEditor(QWidget* parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("scopeKind"));
    m_kind->setAccessibleName(tr("Orders scope"));
    m_kind->addItem(tr("All orders"), QStringLiteral("all"));
    m_kind->addItem(tr("Own orders (created by or assigned to them)"), QStringLiteral("own"));
    m_kind->addItem(tr("Orders of these sales channels:"), QStringLiteral("channels"));
    auto* channels = new QHBoxLayout;
    channels->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : channel::codes()) {
        auto* box = new QCheckBox(channel::label(code), this);
        box->setObjectName(QStringLiteral("channel_") + code);
        m_channels.push_back({code, box});
        channels->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ScopeEditor::changed);
    }
    channels->addStretch(1);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(m_kind);
    v->addLayout(channels);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    updateEnabled();
}

Scope ScopeEditor::scope() const
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("own"))
        return Scope::own();
    if (kind == QLatin1String("channels")) {
        QStringList codes;
        for (const auto& [code, box] : m_channels)
            if (box->isChecked())
                codes << code;
        return Scope::ofChannels(codes);
    }
    return Scope::all();
}

void ScopeEditor::setScope(const Scope& scope)
{
    const char* kind = scope.kind == Scope::Kind::Own        ? "own"
                       : scope.kind == Scope::Kind::Channels ? "channels"
                                                             : "all";
    m_kind->setCurrentIndex(m_kind->findData(QLatin1String(kind)));
    for (const auto& [code, box] : m_channels)
        box->setChecked(scope.kind == Scope::Kind::Channels && scope.channels.contains(code));
    updateEnabled();
}

QCheckBox* ScopeEditor::channelBox(const QString& code) const
{
    for (const auto& [c, box] : m_channels)
        if (c == code)
            return box;
    return nullptr;
}

void ScopeEditor::updateEnabled()
{
    const bool on = m_kind->currentData().toString() == QLatin1String("channels");
    for (const auto& entry : m_channels)
        entry.second->setEnabled(on);
}

} // namespace docket
