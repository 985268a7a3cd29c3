package org.sitrep.knowledge;

/**
 * Parses the plain decimals of data files ("36.2021", "-0.5", "1602264") without {@link Double#parseDouble}, which
 * was a twentieth of the gazetteer's cold load for some 30,000 coordinates and most of the type model's. Exact: a
 * decimal of at most 15 significant digits and 22 fraction digits is its digits as a whole number (exact in a
 * double) divided by a power of ten (exact too), one correctly rounded division, the very value parseDouble
 * gives. Anything else (exponents, signs other than one leading '-', longer numbers) is left to parseDouble.
 */
public final class Decimals {
    private static final double[] POWERS = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Decimals() {
    }

    /** The value of a plain decimal, or NaN when the text is not one this fast path handles. */
    public static double parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 || c != '0') {
                    count++;
                }
                digits = digits * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
            if (count > 15) {
                return Double.NaN;
            }
        }
        int scale = Math.max(fraction, 0);
        boolean noDigits = n - (negative ? 1 : 0) - (fraction >= 0 ? 1 : 0) == 0;
        if (noDigits || scale >= POWERS.length) {
            return Double.NaN;
        }
        double v = (double) digits / POWERS[scale];
        // -0.0: parseDouble keeps the sign of a negative zero
        return negative ? -v : v;
    }
}
