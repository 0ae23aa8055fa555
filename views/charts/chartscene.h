// SPDX-License-Identifier: GPL-3.0-or-later
// A chart drawn off screen (export, print, clipboard) needs a scene: this lends it one for as
// long as it lives, and takes the chart back out so that the scene never deletes it.
#pragma once

#include <QGraphicsScene>
#include <QtCharts/QChart>
#include <memory>

namespace tb {

class ChartScene
{
public:
    explicit ChartScene(QChart *chart)
        : m_chart(chart)
        , m_scene(chart->scene())
    {
        if (!m_scene) {
            m_own = std::make_unique<QGraphicsScene>();
            m_own->addItem(chart);
            m_scene = m_own.get();
        }
    }
    ~ChartScene()
    {
        if (m_own)
            m_own->removeItem(m_chart);
    }
    ChartScene(const ChartScene &) = delete;
    ChartScene &operator=(const ChartScene &) = delete;

    QGraphicsScene *scene() const { return m_scene; }

private:
    QChart *m_chart;
    QGraphicsScene *m_scene;
    std::unique_ptr<QGraphicsScene> m_own; // only when the chart had no scene of its own
};

} // namespace tb
