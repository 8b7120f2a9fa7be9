package org.banyan.recobench;

import org.HdrHistogram.Histogram;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A lean HTTP/1.1 load driver: a fixed set of keep-alive connections, each on its own virtual thread,
 * taking scheduled requests from a queue. It costs a small fraction of the CPU of the JDK HttpClient per
 * request, which matters when the driver shares two cores with the service it measures. Latency is
 * measured from each request's scheduled time, so queueing in front of a slow server is counted.
 */
final class RawHttpLoad {

    private final URI base;
    private final String token;
    private final int connections;

    RawHttpLoad(URI base, String token, int connections) {
        this.base = base;
        this.token = token;
        this.connections = connections;
    }

    /** Issues {@code rate} requests per second for {@code seconds}; returns how many were sent. */
    long run(List<String> paths, int rate, int seconds, long seed, Histogram latencies, AtomicLong errors)
            throws InterruptedException {
        BlockingQueue<long[]> schedule = new ArrayBlockingQueue<>(rate * seconds + 1);
        CountDownLatch done = new CountDownLatch(connections);
        String[] byIndex = paths.toArray(String[]::new);
        for (int c = 0; c < connections; c++) {
            Thread.ofVirtual().start(() -> {
                try {
                    drive(schedule, byIndex, latencies, errors);
                } finally {
                    done.countDown();
                }
            });
        }
        Random random = new Random(seed);
        long interval = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            schedule.add(new long[] {scheduled, random.nextInt(byIndex.length)});
        }
        for (int c = 0; c < connections; c++) {
            schedule.add(new long[] {-1, 0});
        }
        done.await();
        return total;
    }

    private void drive(BlockingQueue<long[]> schedule, String[] paths, Histogram latencies, AtomicLong errors) {
        Socket socket = null;
        try {
            while (true) {
                long[] request = schedule.take();
                if (request[0] < 0) {
                    return;
                }
                try {
                    if (socket == null) {
                        socket = connect();
                    }
                    int status = exchange(socket, paths[(int) request[1]]);
                    if (status < 0) {
                        // the server ends keep-alive connections after so many requests (Tomcat: 100)
                        close(socket);
                        socket = null;
                        status = -status;
                    }
                    if (status != 200 && errors.incrementAndGet() <= 3) {
                        System.err.println("HTTP " + status);
                    }
                } catch (IOException e) {
                    close(socket);
                    socket = null;
                    if (errors.incrementAndGet() <= 3) {
                        System.err.println(e);
                    }
                }
                long latency = System.nanoTime() - request[0];
                synchronized (latencies) {
                    latencies.recordValue(Math.min(latency, latencies.getHighestTrackableValue()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(socket);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** The response status, negated when the server closes the connection after this response. */
    private int exchange(Socket socket, String path) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        if (in.available() > 0) {
            throw new IOException("unexpected bytes after the response");
        }
        return closing ? -status : status;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do: the connection is dropped either way
            }
        }
    }
}
