package partnerportal.bench;

import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** Reads the percentiles a server-side timer published, for the benchmarks' printed results. */
final class ServerTimers {

    private ServerTimers() {}

    static String percentiles(Timer timer) {
        var out = new StringBuilder();
        for (var value : timer.takeSnapshot().percentileValues()) {
            out.append(String.format(
                    "p%.0f %.1f ms ", value.percentile() * 100, value.value(TimeUnit.NANOSECONDS) / 1e6));
        }
        return out.toString().strip();
    }
}
