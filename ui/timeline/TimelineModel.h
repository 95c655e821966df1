#pragma once

#include "analysis/Timeline.h"
#include "packet/ProtectedIdentityRedactor.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace tessera {

class Database;

/**
 * The merged timeline of records and events as a lazy table (DESIGN §5: sorted by time bounds, ties in source order).
 *
 * A reset makes one key-only pass (Timeline::anchors) that counts the items and remembers the key of every
 * kPageSize-th one; data() then fetches only the page a row falls in (Timeline::scan from that page's anchor) into a
 * small LRU cache of kCachedPages pages. A 1,000,000-record case therefore costs one index pass on reset and at most
 * kCachedPages × kPageSize items in memory, however far the view scrolls.
 *
 * The model reads the case's Database on the GUI thread and must be detached (setDatabase(nullptr)) before the
 * case is closed. Times are shown in the case's display zone; people by their labels (victims by pseudonym). The GUI
 * has no reveal: a summary or place that holds a protected person's name or identifier is shown with the marked
 * pseudonym ("[V-1]", ProtectedIdentityRedactor), as a production and `tessera-cli timeline` show it; the stored
 * record is untouched (DESIGN §10).
 */
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Kind, Category, Actors, Others, Summary, Flags, Exhibit, ColumnCount };
    enum Role {
        ItemKindRole = Qt::UserRole + 1, ///< "record" or "event"
        ItemIdRole,                      ///< record or event id (qint64)
        LowerUtcRole,                    ///< lower bound, UTC microseconds (qint64)
    };
    static constexpr int kPageSize = 512;
    static constexpr int kCachedPages = 16;

    explicit TimelineModel(QObject* parent = nullptr);
    ~TimelineModel() override;

    /**
     * Attaches to a case's database (nullptr detaches: the model becomes empty). `displayZone` is the IANA zone for
     * the When column. Resets the model. Throws CaseError when the first pass fails.
     */
    void setDatabase(Database* db, const QString& displayZone);
    /// Shows only what a filter keeps (a person, a window, a layer). Resets the model.
    void setFilter(const TimelineFilter& filter);
    TimelineFilter filter() const { return m_filter; }
    /// Re-reads people, identifiers and exhibit titles and makes the key pass again (after an import or an edit).
    void reload();

    /// Number of items the filter keeps (may exceed rowCount's int range in theory; the view shows at most INT_MAX).
    qint64 totalItems() const { return m_total; }
    /// Pages currently cached (at most kCachedPages).
    int cachedPages() const { return static_cast<int>(m_pages.size()); }
    /// Pages fetched from the case since the last reset (for tests: proves laziness).
    qint64 pageFetches() const { return m_pageFetches; }
    /// The item behind a row, or nullptr for an invalid row (valid until the next data() call evicts its page).
    const TimelineItem* itemAt(int row) const;

    /// The row of the item with this key under the current filter, or -1 when the filter does not keep it. Reads at
    /// most one page (binary search over the anchors).
    int rowOfKey(const TimelineKey& key) const;
    /// The row of an event (or -1: unknown, or hidden by the filter).
    int rowOfEvent(qint64 eventId) const;
    /// The row of a record (or -1: unknown, or hidden by the filter).
    int rowOfRecord(qint64 recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The text of the When column for an item, in `displayZone`.
    static QString whenText(const TimelineItem& item, const QString& displayZone);
    /// The text of the Flags column: record flags, time flags, and an event's corroboration.
    static QString flagsText(const TimelineItem& item);
    /// One record flag as written by core/ingest ("all-day") in the interface language ("all day").
    static QString flagText(const QString& flag);

private:
    void rebuild();
    const QVector<TimelineItem>* page(int index) const;
    QString exhibitText(const TimelineItem& item) const;

    Database* m_db = nullptr;
    QString m_zone;
    TimelineFilter m_filter;
    std::unique_ptr<Timeline> m_timeline;
    QVector<TimelineKey> m_anchors;
    qint64 m_total = 0;
    QHash<qint64, QString> m_exhibitTitles;
    std::optional<ProtectedIdentityRedactor> m_redactor; ///< loaded on each reset
    mutable QHash<int, QVector<TimelineItem>> m_pages;
    mutable QList<int> m_lru; ///< least recently used first
    mutable qint64 m_pageFetches = 0;
};

} // namespace tessera
