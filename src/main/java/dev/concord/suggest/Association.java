package dev.concord.suggest;

/**
 * How strongly an English term and a Chinese string go together over aligned block pairs. With
 * {@code both} pairs holding both, {@code x} pairs holding the term, {@code y} holding the string
 * and {@code n} pairs in all:
 * <ul>
 *   <li><b>Dice</b> {@code 2·both / (x + y)}: 1 when they always occur together, near 0 when the
 *       string is everywhere (的, 模型) or the term is rendered otherwise. It ranks the renderings of
 *       one term.</li>
 *   <li><b>Log-likelihood ratio</b> (Dunning's G² over the 2×2 table): how unlikely the overlap is
 *       by chance. Dice cannot tell two hapaxes seen together once from a real pair; G² grows with
 *       the evidence, so it decides whether a pairing counts at all.</li>
 * </ul>
 */
public final class Association {
    /** G² above this is significant at p &lt; 0.05 (one degree of freedom). */
    public static final double SIGNIFICANT = 3.84;

    private Association() {}

    public static double dice(double both, double x, double y) {
        if (both <= 0 || x + y <= 0) return 0;
        return 2 * both / (x + y);
    }

    /**
     * Dunning's G² for the table [both, x−both; y−both, n−x−y+both]; 0 when the pair occurs together
     * less often than chance would have it (only attraction counts).
     */
    public static double logLikelihood(double both, double x, double y, double n) {
        double k11 = both, k12 = x - both, k21 = y - both, k22 = n - x - y + both;
        if (k11 < 0 || k12 < 0 || k21 < 0 || k22 < 0 || n <= 0) {
            throw new IllegalArgumentException("not a contingency table: both=" + both + " x=" + x + " y=" + y + " n=" + n);
        }
        if (k11 * n <= x * y) return 0;
        double g = term(k11, x, y, n) + term(k12, x, n - y, n) + term(k21, n - x, y, n) + term(k22, n - x, n - y, n);
        return 2 * g;
    }

    private static double term(double k, double row, double col, double n) {
        return k == 0 ? 0 : k * Math.log(k * n / (row * col));
    }
}
