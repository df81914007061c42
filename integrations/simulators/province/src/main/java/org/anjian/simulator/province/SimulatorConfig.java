package org.anjian.simulator.province;

import java.util.Map;

/** Start-up settings of the simulator (command line, then environment, then defaults). */
public final class SimulatorConfig {
    public int port = 8089;
    public int adminPort = 8090;
    public String host = "127.0.0.1";
    public String user;
    public String password;
    public String county = "330999";
    public long seed = 1L;
    public int findings = 20;

    public static SimulatorConfig fromArgs(String[] args, Map<String, String> env) {
        SimulatorConfig c = new SimulatorConfig();
        c.user = env.getOrDefault("PROVINCE_SIM_USER", "county");
        c.password = env.getOrDefault("PROVINCE_SIM_PASSWORD", "county-demo-secret");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("usage");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--port": c.port = Integer.parseInt(v); break;
                case "--admin-port": c.adminPort = Integer.parseInt(v); break;
                case "--host": c.host = v; break;
                case "--user": c.user = v; break;
                case "--password": c.password = v; break;
                case "--county": c.county = v; break;
                case "--seed": c.seed = Long.parseLong(v); break;
                case "--findings": c.findings = Integer.parseInt(v); break;
                default: throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (!c.county.matches("\\d{6}")) {
            throw new IllegalArgumentException("--county must be a 6-digit region code");
        }
        return c;
    }
}
