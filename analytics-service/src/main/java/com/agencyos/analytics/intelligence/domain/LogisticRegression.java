package com.agencyos.analytics.intelligence.domain;

import java.util.List;

/**
 * L2-regularised (ridge) logistic regression fitted by Newton-Raphson (iteratively reweighted least squares).
 *
 * <p>Small on purpose: five features and one intercept make a 6×6 system per step, solved by Gaussian elimination,
 * so a fit over a hundred thousand leads takes milliseconds and needs no library. The penalty keeps coefficients
 * finite when a component separates the outcomes perfectly, and shrinks the ones the data barely supports; the
 * intercept is not penalised.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private LogisticRegression() {
    }

    /** One row: its features and whether the outcome happened. */
    public record Example(double[] x, boolean y) {
    }

    /**
     * @param intercept the log-odds when every feature is 0
     * @param coefficients the change in log-odds per unit of each feature
     */
    public record Model(double intercept, double[] coefficients) {

        public double probability(double[] x) {
            double z = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                z += coefficients[j] * x[j];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    public static Model fit(List<Example> examples, int features, double ridge) {
        int k = features + 1;
        double[] beta = new double[k];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (Example example : examples) {
                double[] row = withIntercept(example.x(), k);
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += beta[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double residual = (example.y() ? 1 : 0) - p;
                double weight = p * (1 - p);
                for (int a = 0; a < k; a++) {
                    gradient[a] += residual * row[a];
                    for (int b = a; b < k; b++) {
                        hessian[a][b] += weight * row[a] * row[b];
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            for (int j = 1; j < k; j++) {
                gradient[j] -= ridge * beta[j];
                hessian[j][j] += ridge;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < k; j++) {
                beta[j] += step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        double[] coefficients = new double[features];
        System.arraycopy(beta, 1, coefficients, 0, features);
        return new Model(beta[0], coefficients);
    }

    private static double[] withIntercept(double[] x, int k) {
        double[] row = new double[k];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, k - 1);
        return row;
    }

    /** Solves {@code a · x = b} by Gaussian elimination with partial pivoting; {@code a} is positive definite here. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-15) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= m[row][c] * x[c];
            }
            x[row] = Math.abs(m[row][row]) < 1e-15 ? 0 : sum / m[row][row];
        }
        return x;
    }
}
