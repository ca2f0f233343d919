package io.eksplanner.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket, with the JDK's own client): open a page,
 * run JavaScript in it as a person's clicks would, wait for the DOM, take screenshots. One browser per instance;
 * {@link #close()} ends the process it started.
 */
public final class DevTools implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** Starts {@code chromium} headless with a {@code width}×{@code height} window and attaches to its blank page. */
    public static DevTools start(Path chromium, int width, int height) throws Exception {
        var profile = Files.createTempDirectory("chromium-profile");
        var browser = new ProcessBuilder(List.of(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--hide-scrollbars",
                        "--remote-debugging-port=0",
                        "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile,
                        "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        var reader = new BufferedReader(new InputStreamReader(browser.getErrorStream(), StandardCharsets.UTF_8));
        String endpoint = null;
        for (String line; endpoint == null && (line = reader.readLine()) != null; ) {
            var match = LISTENING.matcher(line);
            if (match.find()) {
                endpoint = match.group(1);
            }
        }
        if (endpoint == null) {
            browser.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port");
        }
        var drain = new Thread(() -> reader.lines().forEach(ignored -> {}), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        var http = HttpClient.newHttpClient();
        var base = URI.create(endpoint.replace("ws://", "http://")).resolve("/json/list");
        var targets =
                JSON.readTree(http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
        String page = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asString(""))) {
                page = target.get("webSocketDebuggerUrl").asString();
            }
        }
        var holder = new DevTools[1];
        var socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(page), new Listener(message -> holder[0].receive(message)))
                .get(30, TimeUnit.SECONDS);
        holder[0] = new DevTools(browser, socket);
        return holder[0];
    }

    /** Sends one command and waits for its result. */
    public JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        var future = new CompletableFuture<JsonNode>();
        pending.put(id, future);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .get(30, TimeUnit.SECONDS);
        var answer = future.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and answers its value. */
    public JsonNode evaluate(String expression) throws Exception {
        var result =
                send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition} is true in the page; fails after {@code timeout}. */
    public void waitFor(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!evaluate("Boolean(" + condition + ")").asBoolean(false)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition);
            }
            Thread.sleep(100);
        }
    }

    /** Writes a PNG of the viewport to {@code file}. */
    public void screenshot(Path file) throws Exception {
        var data = send("Page.captureScreenshot", Map.of("format", "png"))
                .get("data")
                .asString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    /** A JavaScript string literal of {@code text}. */
    public static String literal(String text) {
        return JSON.writeValueAsString(text);
    }

    private void receive(String message) {
        var tree = JSON.readTree(message);
        if (tree.has("id")) {
            var future = pending.remove(tree.get("id").asInt());
            if (future != null) {
                future.complete(tree);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Joins fragmented text frames into messages; the client calls it for one frame at a time. */
    private static final class Listener implements WebSocket.Listener {

        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder parts = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                var message = parts.toString();
                parts.setLength(0);
                onMessage.accept(message);
            }
            socket.request(1);
            return null;
        }
    }
}
