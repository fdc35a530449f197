package org.allot.problem.coverage;

import java.util.random.RandomGenerator;
import org.allot.problem.Generator;

/**
 * SubPO's informative-path-planning variant: weighted coverage of a clustered "nest density" on
 * an open grid. The density is a Gaussian mixture: {@code 3..6} nests with centres uniform over
 * the grid, spreads {@code sigma} uniform in [1.5, 4] cells and heights uniform in [0.5, 1],
 * plus a background of 0.02; weights are the density scaled to a maximum of 1 and rounded to 4
 * decimals (so the JSON is short and exact). The default is SubPO's setting: 30 x 30, start cell
 * 34 (x 4, y 1), horizon 40, 2 x 2 footprint. The same random state gives the same instance.
 *
 * @param width columns, at least 2
 * @param height rows, at least 2
 * @param start the start cell
 * @param horizon steps
 */
public record NestDensityGenerator(int width, int height, int start, int horizon)
    implements Generator<CoverageInstance> {
  public NestDensityGenerator {
    if (width < 2 || height < 2 || start < 0 || start >= width * height || horizon < 0) {
      throw new IllegalArgumentException("nest density needs a grid of at least 2 x 2, a start"
          + " inside it and a horizon >= 0; got " + width + " x " + height + ", start " + start
          + ", horizon " + horizon);
    }
  }

  /** SubPO's 30 x 30 grid, start 34, horizon 40. */
  public static NestDensityGenerator subpo() {
    return new NestDensityGenerator(30, 30, 34, 40);
  }

  @Override
  public CoverageInstance generate(RandomGenerator random) {
    int nests = 3 + random.nextInt(4);
    double[] cx = new double[nests];
    double[] cy = new double[nests];
    double[] sigma = new double[nests];
    double[] amp = new double[nests];
    for (int k = 0; k < nests; k++) {
      cx[k] = random.nextDouble() * width;
      cy[k] = random.nextDouble() * height;
      sigma[k] = 1.5 + 2.5 * random.nextDouble();
      amp[k] = 0.5 + 0.5 * random.nextDouble();
    }
    double[] w = new double[width * height];
    double max = 0;
    for (int c = 0; c < w.length; c++) {
      double x = c % width + 0.5;
      double y = c / width + 0.5;
      double d = 0.02;
      for (int k = 0; k < nests; k++) {
        double dx = x - cx[k];
        double dy = y - cy[k];
        d += amp[k] * Math.exp(-(dx * dx + dy * dy) / (2 * sigma[k] * sigma[k]));
      }
      w[c] = d;
      max = Math.max(max, d);
    }
    for (int c = 0; c < w.length; c++) {
      w[c] = Math.round(w[c] / max * 1e4) / 1e4;
    }
    return new CoverageInstance("nests", width, height, new boolean[w.length],
        new CoverageObjective.WeightedCoverage(w), start, horizon, Footprint.SUBPO);
  }
}
