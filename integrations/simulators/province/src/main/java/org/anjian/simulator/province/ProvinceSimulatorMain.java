package org.anjian.simulator.province;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar anjian-simulator-province-<v>-all.jar --port 8089 --admin-port 8090 --user U
 * --password W --county 330999 --seed 1}. Credentials may come from PROVINCE_SIM_USER /
 * PROVINCE_SIM_PASSWORD instead. Stops on SIGTERM / Ctrl-C.
 */
public final class ProvinceSimulatorMain {
    private ProvinceSimulatorMain() { }

    public static void main(String[] args) throws Exception {
        SimulatorConfig config;
        try {
            config = SimulatorConfig.fromArgs(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --port P --admin-port A [--host 127.0.0.1] [--user U --password W]"
                    + " [--county 330999] [--seed 1] [--findings 20]  (or env PROVINCE_SIM_USER/PROVINCE_SIM_PASSWORD)");
            System.exit(2);
            return;
        }
        ProvinceSimulator sim = new ProvinceSimulator(config).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            System.out.println("province simulator stopped");
            stopped.countDown();
        }, "province-sim-shutdown"));
        System.out.println("province simulator ready");
        System.out.println("  SOAP  " + sim.soapUrl() + "   (WSDL: " + sim.soapUrl() + "?wsdl)");
        System.out.println("  admin " + sim.adminUrl() + "/stats");
        System.out.println("  county " + config.county + ", seed " + config.seed + ", user " + config.user);
        System.out.flush();
        stopped.await();
    }
}
