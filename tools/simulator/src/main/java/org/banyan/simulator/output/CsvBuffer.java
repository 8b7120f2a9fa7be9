package org.banyan.simulator.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Formats CSV (RFC 4180: comma separated, quoted only when needed, LF line ends) straight into a byte
 * array. Writing hundreds of millions of fields is the hot path of the file output, so numbers, money,
 * dates and instants are formatted by hand instead of through String.format or java.time formatters.
 */
public final class CsvBuffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final byte[] cachedDate = new byte[10];
    private long cachedDay = Long.MIN_VALUE;
    private byte[] buf;
    private int len;
    private boolean lineStart = true;

    public CsvBuffer(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    public byte[] array() {
        return buf;
    }

    public int length() {
        return len;
    }

    public CsvBuffer header(String... columns) {
        for (String c : columns) {
            text(c);
        }
        return end();
    }

    public CsvBuffer end() {
        ensure(1);
        buf[len++] = '\n';
        lineStart = true;
        return this;
    }

    /** An empty field (null). */
    public CsvBuffer nil() {
        separator();
        return this;
    }

    /** Free text: quoted when it holds a separator, quote or line break, or is not ASCII. */
    public CsvBuffer text(String s) {
        separator();
        if (s == null) {
            return this;
        }
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 128 || ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return quoted(s);
            }
        }
        copyLatin1(s, n);
        return this;
    }

    /**
     * A value known to be plain ASCII without separators (ids, enum names, codes): copied without the
     * per-character checks of {@link #text}, which matters at hundreds of millions of fields.
     */
    public CsvBuffer ascii(String s) {
        separator();
        if (s != null) {
            int n = s.length();
            ensure(n);
            copyLatin1(s, n);
        }
        return this;
    }

    /** Customer id C + 8 digits, straight from the index. */
    public CsvBuffer customerId(int index) {
        separator();
        ensure(9);
        buf[len++] = 'C';
        for (int i = 8; i >= 1; i--) {
            buf[len + i - 1] = (byte) ('0' + index % 10);
            index /= 10;
        }
        len += 8;
        return this;
    }

    @SuppressWarnings("deprecation")
    private void copyLatin1(String s, int n) {
        // The deprecated byte-copying getBytes is exactly right for ASCII and much faster than encoding.
        s.getBytes(0, n, buf, len);
        len += n;
    }

    private CsvBuffer quoted(String s) {
        byte[] bytes = s.replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length + 2);
        buf[len++] = '"';
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        buf[len++] = '"';
        return this;
    }

    public CsvBuffer num(long v) {
        separator();
        digits(v);
        return this;
    }

    public CsvBuffer bool(boolean v) {
        separator();
        ensure(5);
        for (byte b : v ? TRUE : FALSE) {
            buf[len++] = b;
        }
        return this;
    }

    /** 0/1, the form labels take in training sets. */
    public CsvBuffer flag(boolean v) {
        return num(v ? 1 : 0);
    }

    /** Cents as yuan with two decimals, e.g. 12345 -> 123.45. */
    public CsvBuffer money(long cents) {
        separator();
        if (cents < 0) {
            ensure(1);
            buf[len++] = '-';
            cents = -cents;
        }
        digits(cents / 100);
        ensure(3);
        int frac = (int) (cents % 100);
        buf[len++] = '.';
        buf[len++] = (byte) ('0' + frac / 10);
        buf[len++] = (byte) ('0' + frac % 10);
        return this;
    }

    /** A fixed-point decimal with {@code decimals} places (half-up). */
    public CsvBuffer decimal(double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(v) * scale);
        separator();
        if (v < 0 && scaled != 0) {
            ensure(1);
            buf[len++] = '-';
        }
        digits(scaled / scale);
        if (decimals > 0) {
            ensure(decimals + 1);
            buf[len++] = '.';
            long frac = scaled % scale;
            for (long d = scale / 10; d >= 1; d /= 10) {
                buf[len++] = (byte) ('0' + (frac / d) % 10);
            }
        }
        return this;
    }

    public CsvBuffer date(LocalDate d) {
        separator();
        if (d != null) {
            civil(d.toEpochDay());
        }
        return this;
    }

    /** ISO-8601 UTC instant with milliseconds, e.g. 2026-08-01T02:15:30.123Z. */
    public CsvBuffer instant(long millis) {
        separator();
        long day = Math.floorDiv(millis, 86_400_000L);
        int ms = (int) (millis - day * 86_400_000L);
        cachedCivil(day);
        ensure(14);
        buf[len++] = 'T';
        two(ms / 3_600_000);
        buf[len++] = ':';
        two(ms / 60_000 % 60);
        buf[len++] = ':';
        two(ms / 1_000 % 60);
        buf[len++] = '.';
        int milli = ms % 1_000;
        buf[len++] = (byte) ('0' + milli / 100);
        buf[len++] = (byte) ('0' + milli / 10 % 10);
        buf[len++] = (byte) ('0' + milli % 10);
        buf[len++] = 'Z';
        return this;
    }

    public CsvBuffer uuid(UUID id) {
        separator();
        ensure(36);
        hex(id.getMostSignificantBits() >>> 32, 8);
        buf[len++] = '-';
        hex(id.getMostSignificantBits() >>> 16, 4);
        buf[len++] = '-';
        hex(id.getMostSignificantBits(), 4);
        buf[len++] = '-';
        hex(id.getLeastSignificantBits() >>> 48, 4);
        buf[len++] = '-';
        hex(id.getLeastSignificantBits(), 12);
        return this;
    }

    private void hex(long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            buf[len + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        len += n;
    }

    /** Rows of a file share a date or two, so the last formatted date is reused. */
    private void cachedCivil(long epochDay) {
        if (epochDay != cachedDay) {
            int mark = len;
            civil(epochDay);
            System.arraycopy(buf, mark, cachedDate, 0, 10);
            len = mark;
            cachedDay = epochDay;
        }
        ensure(10);
        System.arraycopy(cachedDate, 0, buf, len, 10);
        len += 10;
    }

    /** yyyy-MM-dd from an epoch day (Howard Hinnant's civil-from-days). */
    private void civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        ensure(10);
        int y = (int) year;
        buf[len++] = (byte) ('0' + y / 1000 % 10);
        buf[len++] = (byte) ('0' + y / 100 % 10);
        buf[len++] = (byte) ('0' + y / 10 % 10);
        buf[len++] = (byte) ('0' + y % 10);
        buf[len++] = '-';
        two(month);
        buf[len++] = '-';
        two(day);
    }

    private void two(int v) {
        buf[len++] = (byte) ('0' + v / 10);
        buf[len++] = (byte) ('0' + v % 10);
    }

    private void digits(long v) {
        ensure(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                byte[] min = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(min, 0, buf, len, min.length);
                len += min.length;
                return;
            }
            buf[len++] = '-';
            v = -v;
        }
        if (v <= Integer.MAX_VALUE) {
            intDigits((int) v);
            return;
        }
        int n = 1;
        for (long t = v; t >= 10; t /= 10) {
            n++;
        }
        len += n;
        for (int i = len - 1; i >= len - n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }

    /**
     * Non-negative int, two digits per step: amounts and counts are the bulk of every file, and int
     * division by a constant compiles to a multiply, unlike the long division it replaces.
     */
    private void intDigits(int v) {
        int end = len + size(v);
        int i = end;
        while (v >= 100) {
            int q = v / 100;
            int r = v - q * 100;
            buf[--i] = (byte) ('0' + r % 10);
            buf[--i] = (byte) ('0' + r / 10);
            v = q;
        }
        buf[--i] = (byte) ('0' + v % 10);
        if (v >= 10) {
            buf[--i] = (byte) ('0' + v / 10);
        }
        len = end;
    }

    private static int size(int v) {
        int n = 1;
        int limit = 10;
        while (n < 10 && v >= limit) {
            n++;
            limit *= 10;
        }
        return n;
    }

    private void separator() {
        if (!lineStart) {
            ensure(1);
            buf[len++] = ',';
        }
        lineStart = false;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
}
