package partnerportal.dev;

import com.partnerportal.PortalApplication;
import org.springframework.boot.SpringApplication;

/**
 * Seeds the demo data into the database the environment names ({@code PORTAL_DB_URL} …), then
 * exits: {@code ops/cluster.sh} runs it with {@code DEMO=1} before starting its instances, so that
 * a cluster (and the Gatling suite run against it) has the reference scenario's accounts.
 */
public final class SeedDemoData {

    private SeedDemoData() {}

    public static void main(String[] args) {
        var application = SpringApplication.from(PortalApplication::main).with(DemoDataConfiguration.class);
        // DemoData seeds on ApplicationReadyEvent, before run() returns; closing is all that is left.
        application.run(concat(args, "--server.port=0")).getApplicationContext().close();
    }

    private static String[] concat(String[] args, String extra) {
        var all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
