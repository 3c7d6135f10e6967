package vn.doithoai.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server that keeps what it is sent, for the tests: Keycloak (or the backend) sends to it over real SMTP on a
 * free port of the loopback, and a test reads the messages back. It accepts every message and delivers none.
 */
public final class SmtpSink implements AutoCloseable {

    /** One message as it arrived: its recipients and its text (headers and body, transfer encodings left as they are). */
    public record Mail(List<String> recipients, String data) {

        /** The message's text: every part of it decoded (base64, quoted-printable), one after another. */
        public String decoded() {
            return decode(data);
        }

        private static String decode(String entity) {
            int split = entity.indexOf("\r\n\r\n");
            String headers = split < 0 ? "" : entity.substring(0, split).replaceAll("\r\n[ \t]+", " ");
            String body = split < 0 ? entity : entity.substring(split + 4);
            Matcher boundary = Pattern.compile("(?i)content-type:\\s*multipart/[^\r\n]*boundary=\"?([^\";\r\n]+)\"?").matcher(headers);
            if (boundary.find()) {
                StringBuilder all = new StringBuilder();
                for (String part : body.split(Pattern.quote("--" + boundary.group(1)))) {
                    String p = part.startsWith("\r\n") ? part.substring(2) : part;
                    if (!p.startsWith("--") && !p.isBlank()) {
                        all.append(decode(p)).append("\n");
                    }
                }
                return all.toString();
            }
            String encoding = headers.toLowerCase(Locale.ROOT);
            if (encoding.contains("content-transfer-encoding: base64")) {
                return new String(java.util.Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
            }
            if (encoding.contains("content-transfer-encoding: quoted-printable")) {
                return quotedPrintable(body);
            }
            return new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }

        private static String quotedPrintable(String text) {
            String joined = text.replace("=\r\n", "").replace("=\n", "");
            byte[] bytes = joined.getBytes(StandardCharsets.ISO_8859_1);
            var out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '=' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                    out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                    i += 2;
                } else {
                    out.write(bytes[i]);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        /** The Subject header, its encoded words (RFC 2047, as Keycloak writes Vietnamese) decoded; UTF-8 assumed. */
        public String subject() {
            Matcher header = Pattern.compile("(?im)^Subject: (.*(?:\r\n[ \t].*)*)").matcher(data);
            if (!header.find()) {
                return "";
            }
            // Unfolded, and the space between two encoded words dropped: a letter may be split across them.
            String text = header.group(1).replaceAll("\r\n[ \t]+", " ").replaceAll("\\?=\\s+=\\?", "?==?");
            Matcher word = Pattern.compile("=\\?[^?]+\\?([BbQq])\\?([^?]*)\\?=").matcher(text);
            var bytes = new java.io.ByteArrayOutputStream();
            int at = 0;
            while (word.find()) {
                bytes.writeBytes(text.substring(at, word.start()).getBytes(StandardCharsets.UTF_8));
                String encoded = word.group(2);
                if (word.group(1).equalsIgnoreCase("B")) {
                    bytes.writeBytes(java.util.Base64.getDecoder().decode(encoded));
                } else {
                    for (int i = 0; i < encoded.length(); i++) {
                        char c = encoded.charAt(i);
                        if (c == '=' && i + 2 < encoded.length()) {
                            bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                            i += 2;
                        } else {
                            bytes.write(c == '_' ? ' ' : c);
                        }
                    }
                }
                at = word.end();
            }
            bytes.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** The first link of the message that starts with {@code prefix}. */
        public Optional<String> link(String prefix) {
            Matcher m = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"'<>]*").matcher(decoded());
            return m.find() ? Optional.of(m.group().replace("&amp;", "&")) : Optional.empty();
        }

        private static boolean isHex(byte b) {
            return b >= '0' && b <= '9' || b >= 'A' && b <= 'F' || b >= 'a' && b <= 'f';
        }
    }

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile java.util.function.Consumer<Mail> onMail = mail -> { };

    public SmtpSink() throws IOException {
        this(0);
    }

    /** On {@code port} of the loopback (0: a free one). */
    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Mail> mails() {
        return List.copyOf(mails);
    }

    /** The first message to {@code address} that arrives within {@code wait}. */
    public Optional<Mail> awaitMailTo(String address, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            for (Mail m : mails) {
                if (m.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(address))) {
                    return Optional.of(m);
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "smtp-sink-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 localhost test sink");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
                    case "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients = new ArrayList<>();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        Matcher m = Pattern.compile("<([^>]*)>").matcher(line);
                        recipients.add(m.find() ? m.group(1) : line.substring(line.indexOf(':') + 1).trim());
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End with <CRLF>.<CRLF>");
                        StringBuilder data = new StringBuilder();
                        String d;
                        while ((d = in.readLine()) != null && !d.equals(".")) {
                            data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
                        }
                        Mail mail = new Mail(List.copyOf(recipients), data.toString());
                        mails.add(mail);
                        onMail.accept(mail);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * The mail server of {@code make run}: the dev realm's Keycloak sends to the loopback's port 2525, and every message
     * (recipients, subject, text with its links) is appended to a file, where a developer opens the "Quên mật khẩu" or
     * invitation link. Nothing is delivered. Arguments: {@code --port N --out FILE}.
     */
    public static void main(String[] args) throws Exception {
        int port = 2525;
        java.nio.file.Path out = java.nio.file.Path.of("mail.log");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--out" -> out = java.nio.file.Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        java.nio.file.Path file = out;
        SmtpSink sink = new SmtpSink(port);
        sink.onMail = mail -> {
            String entry = "==== to " + String.join(", ", mail.recipients()) + ": " + mail.subject() + "\n" + mail.decoded() + "\n";
            try {
                java.nio.file.Files.writeString(file, entry, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("mail sink: " + e);
            }
        };
        System.out.println("Mail sink ready on 127.0.0.1:" + sink.port() + ", writing to " + file);
        sink.acceptor.join();
    }

    /** Waits at most this long by default for Keycloak's mail. */
    public static final Duration MAIL_WAIT = Duration.ofSeconds(20);
}
