// Routing the links of a generated session (issue 18): what the first frame
// that shows links pays after the layout or the links changed. One iteration
// marks the routes stale and routes them again: the ports of every link, its
// curve, its bundle and its fans at rest. The CPU column counts every thread
// of the process.

#include "editorfixture.h"
#include "linklayer.h"

namespace {

using tandem::bench::OpenEditor;
using tandem::bench::sizes;

void BM_RouteLinks(benchmark::State& state) {
    OpenEditor editor(static_cast<int>(state.range(0)));
    tandem::LinkLayer* layer = editor.scene->linkLayer();
    for (auto _ : state) {
        layer->invalidate();
        layer->ensureRouted();
    }
    state.counters["links"] = layer->routedCount();
}
BENCHMARK(BM_RouteLinks)->Apply(sizes)->MeasureProcessCPUTime();

} // namespace
