import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anjian.api.enterprise.CreditCode;

/**
 * Loads a city-scale registry through the API, as the bureau's staff would (every record validated, audited and in
 * the outbox): {@code enterprises} enterprises spread over the county's villages and grids, industries and colours,
 * with names drawn from common words (so that name searches such as 安泰 match a realistic share), and
 * {@code hazards} hazards on them. Run by scripts/benchmark-scale.sh:
 * {@code java -cp anjian-api.jar ScaleLoader.java BASE_URL ENTERPRISES HAZARDS THREADS}.
 * Prints the writes per second of each kind and their 99th percentile latency.
 */
public final class ScaleLoader {
    private static final String[] WORDS = {"安泰", "恒达", "宏远", "华兴", "金鑫", "永安", "瑞丰", "鑫源", "东方", "天成",
        "新材", "浙东", "海通", "盛世", "明珠", "开元", "富春", "江南", "兴业", "长城"};
    private static final String[] TRADES = {"化工", "机械", "建筑", "燃气", "渔业", "商贸", "物流", "纺织", "电子", "食品"};
    private static final String[] INDUSTRIES = {"2614", "2619", "2669", "3311", "4710", "4500", "0411", "1713", "3990", "5112"};
    private static final String[] COLOURS = {"BLUE", "BLUE", "BLUE", "YELLOW", "YELLOW", "ORANGE", "RED"};
    /** General hazards only: a major one needs its five items (整改措施, 责任, 资金, 时限, 预案) before it is accepted. */
    private static final String[] GRADES = {"GENERAL"};
    private static final String[] CATEGORIES = {"FIRE", "ELECTRICAL", "CONFINED_SPACE", "EQUIPMENT", "SITE"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int enterprises = Integer.parseInt(args[1]);
        int hazards = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("demo-admin:demo-admin".getBytes(StandardCharsets.UTF_8));

        List<String[]> places = places(http, base, auth); // {village, grid or null}
        Random random = new Random(20261201L);
        List<String> codes = new ArrayList<>(enterprises);
        long serial = 500_000_000L; // above the demo county's serials
        for (int i = 0; i < enterprises; i++) {
            codes.add(CreditCode.withCheckCharacter("91330999" + String.format("%09d", serial + i)));
        }
        Stats written = run(threads, enterprises, i -> {
            String[] place = places.get(random(i, 1).nextInt(places.size()));
            Random r = random(i, 2);
            String name = "示范县" + WORDS[r.nextInt(WORDS.length)] + TRADES[r.nextInt(TRADES.length)] + i + "有限公司";
            String body = "{\"creditCode\":\"" + codes.get(i) + "\",\"name\":\"" + name + "\",\"industryCode\":\""
                    + INDUSTRIES[r.nextInt(INDUSTRIES.length)] + "\",\"address\":\"浙江省示范县" + name + "路" + (i % 300 + 1)
                    + "号\",\"regionCode\":\"" + place[0] + "\",\"gridCode\":" + (place[1] == null ? "null" : "\"" + place[1] + "\"")
                    + ",\"supervisingDepartments\":[\"应急管理局\"],\"riskColour\":\"" + COLOURS[r.nextInt(COLOURS.length)]
                    + "\",\"assessment\":\"GOOD\",\"standardizationGrade\":\"LEVEL3\",\"guarantors\":[]}";
            return post(http, base + "/enterprises", auth, body);
        });
        System.out.printf("MEASURE registered %d enterprises through the API: %.0f/s, p99 %d ms, %d errors%n",
                written.ok.get(), written.perSecond(), written.p99(), written.errors.get());
        LocalDate today = LocalDate.now();
        Stats registered = run(threads, hazards, i -> {
            Random r = random(i, 3);
            String body = "{\"enterpriseCreditCode\":\"" + codes.get(r.nextInt(codes.size())) + "\",\"source\":\"ENFORCEMENT\","
                    + "\"grade\":\"" + GRADES[r.nextInt(GRADES.length)] + "\",\"category\":\""
                    + CATEGORIES[r.nextInt(CATEGORIES.length)] + "\",\"description\":\"检查发现隐患" + i + "\",\"deadline\":\""
                    + today.plusDays(1 + r.nextInt(60)) + "\"}";
            return post(http, base + "/hazards", auth, body);
        });
        System.out.printf("MEASURE registered %d hazards through the API: %.0f/s, p99 %d ms, %d errors%n",
                registered.ok.get(), registered.perSecond(), registered.p99(), registered.errors.get());
    }

    private static Random random(int i, int salt) {
        return new Random(i * 31L + salt);
    }

    /** Villages with a grid of theirs (or none): where the enterprises are. */
    private static List<String[]> places(HttpClient http, String base, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/regions")).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\\{\"code\":\"(\\d+)\",\"name\":\"[^\"]*\",\"level\":\"(\\w+)\",\"parentCode\":(?:\"(\\d+)\"|null)\\}")
                .matcher(r.body());
        List<String> villages = new ArrayList<>();
        List<String[]> grids = new ArrayList<>();
        while (m.find()) {
            if (m.group(2).equals("VILLAGE")) {
                villages.add(m.group(1));
            } else if (m.group(2).equals("GRID")) {
                grids.add(new String[] {m.group(3), m.group(1)});
            }
        }
        List<String[]> places = new ArrayList<>(grids);
        for (String v : villages) {
            places.add(new String[] {v, null});
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("no villages in /regions: " + r.statusCode());
        }
        return places;
    }

    private static int post(HttpClient http, String url, String auth, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    interface Call {
        int call(int i) throws Exception;
    }

    static final class Stats {
        final AtomicLong ok = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final long[] millis;
        long elapsedNanos;

        Stats(int n) {
            millis = new long[n];
        }

        double perSecond() {
            return ok.get() / (elapsedNanos / 1e9);
        }

        long p99() {
            long[] sorted = millis.clone();
            java.util.Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
        }
    }

    private static Stats run(int threads, int n, Call call) throws InterruptedException {
        Stats stats = new Stats(n);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            pool.submit(() -> {
                for (int i = first; i < n; i += threads) {
                    long t0 = System.nanoTime();
                    try {
                        int status = call.call(i);
                        if (status == 201) {
                            stats.ok.incrementAndGet();
                        } else {
                            if (stats.errors.incrementAndGet() <= 5) {
                                System.err.println("request " + i + " answered " + status);
                            }
                        }
                    } catch (Exception e) {
                        if (stats.errors.incrementAndGet() <= 5) {
                            System.err.println("request " + i + " failed: " + e);
                        }
                    }
                    stats.millis[i] = (System.nanoTime() - t0) / 1_000_000;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
        stats.elapsedNanos = System.nanoTime() - start;
        return stats;
    }
}
